"""``heartlog --self-test``: proves that an installation or a frozen build is complete.

Each step is a small function run in order against a throw-away profile in a
temporary ``HEARTLOG_HOME`` (never the user's data folder), with fast but real
Argon2id parameters passed explicitly. One line per step is printed,
``ok`` or ``FAILED: reason``; the exit status is 0 only when every step passed.
Qt is checked offscreen; its modules are imported inside the Qt steps only, so
importing this module never loads PySide6.
"""

from __future__ import annotations

import importlib
import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from heartlog import __version__
from heartlog.core.keywrap import KdfParams
from heartlog.core.paths import HOME_ENV, data_dir

# Real Argon2id, just cheap enough that the whole self-test stays quick.
SELF_TEST_KDF = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
PROFILE_NAME = "Self-test"
ENTRY_TEXT = "Today we talked it through and I felt heard. Marker: {marker}."


class StepFailed(Exception):
    """A step's check did not hold; the message is the reason printed after FAILED."""


@dataclass
class SelfTestContext:
    """What the steps share: the temporary home and what earlier steps made."""

    home: Path
    passphrase: str = field(default_factory=lambda: "self-test " + secrets.token_urlsafe(12))
    marker: str = field(default_factory=lambda: "selftestmarker" + secrets.token_hex(6))
    profile: Any = None  # heartlog.core.profiles.Profile once created
    entry_id: str | None = None
    keep: dict[str, Any] = field(default_factory=dict)  # objects that must outlive a step

    @property
    def entry_text(self) -> str:
        return ENTRY_TEXT.format(marker=self.marker)

    def need_profile(self) -> Any:
        if self.profile is None:
            raise StepFailed("needs the temporary profile, which could not be created")
        return self.profile

    def need_entry(self) -> str:
        self.need_profile()
        if self.entry_id is None:
            raise StepFailed("needs the test entry, which could not be written")
        return self.entry_id


StepFunction = Callable[[SelfTestContext], "str | None"]


@dataclass(frozen=True)
class Step:
    name: str
    run: StepFunction


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    detail: str = ""
    seconds: float = 0.0

    def line(self) -> str:
        if self.ok:
            return f"{self.name}: ok" + (f" ({self.detail})" if self.detail else "")
        return f"{self.name}: FAILED: {self.detail}"


def _feature(module: str) -> Any:
    """Import an optional HeartLog feature, or fail the step if it is not installed."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            raise StepFailed("feature not installed") from exc
        raise


# -- storage steps ----------------------------------------------------------------
def step_migrations(ctx: SelfTestContext) -> str:
    from heartlog import migrations
    from heartlog.core.db import head_revision

    versions = Path(migrations.__file__).parent / "versions"
    scripts = sorted(p.name for p in versions.glob("*.py"))
    if not scripts:
        raise StepFailed(f"no migration scripts in {versions}")
    head = head_revision()
    if head is None:
        raise StepFailed("Alembic found no head revision")
    return f"{len(scripts)} scripts, head {head}"


def step_sqlcipher(ctx: SelfTestContext) -> str:
    import sqlcipher3.dbapi2 as sqlcipher

    con = sqlcipher.connect(":memory:")
    try:
        row = con.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise StepFailed("sqlcipher3 is plain SQLite here: no cipher_version")
        con.execute("CREATE VIRTUAL TABLE probe USING fts5(body)")
    finally:
        con.close()
    return f"SQLCipher {row[0]}, FTS5"


def step_create_profile(ctx: SelfTestContext) -> str:
    from heartlog.core.profiles import create_profile

    if data_dir() != ctx.home.resolve():
        raise StepFailed("the temporary HEARTLOG_HOME is not in effect; refusing to go on")
    ctx.profile = create_profile(PROFILE_NAME, ctx.passphrase, kdf=SELF_TEST_KDF)
    return f"Argon2id t={SELF_TEST_KDF.time_cost} m={SELF_TEST_KDF.memory_cost_kib} KiB"


def step_write_entry(ctx: SelfTestContext) -> None:
    from heartlog.core.profiles import unlock

    with unlock(ctx.need_profile(), ctx.passphrase) as opened:
        entry = opened.journal.add(body=ctx.entry_text, title="Self-test", tags=["self-test"])
    ctx.entry_id = entry.id


def step_read_entry(ctx: SelfTestContext) -> None:
    from heartlog.core.profiles import unlock

    with unlock(ctx.need_profile(), ctx.passphrase) as opened:
        entry = opened.journal.get(ctx.need_entry())
    if entry.body != ctx.entry_text or entry.tags != ("self-test",):
        raise StepFailed("the entry read back differs from the one written")


def step_search_entry(ctx: SelfTestContext) -> None:
    from heartlog.core.profiles import unlock

    with unlock(ctx.need_profile(), ctx.passphrase) as opened:
        hits = opened.journal.search(ctx.marker)
    if [hit.entry.id for hit in hits] != [ctx.need_entry()]:
        raise StepFailed(f"full-text search found {len(hits)} entries instead of the test entry")


def step_wrong_passphrase(ctx: SelfTestContext) -> None:
    from heartlog.core.errors import WrongPassphrase
    from heartlog.core.profiles import unlock

    try:
        unlock(ctx.need_profile(), ctx.passphrase + " wrong").close()
    except WrongPassphrase:
        return
    raise StepFailed("a wrong passphrase opened the profile")


def step_analyse_entry(ctx: SelfTestContext) -> str:
    """Analyse the stored entry (VADER + relationship lexicon) and read the cached result."""
    _feature("heartlog.core.analysis")
    from heartlog.core.analysis import AnalysisStore
    from heartlog.core.profiles import unlock

    entry_id = ctx.need_entry()
    with unlock(ctx.need_profile(), ctx.passphrase) as opened:
        store = AnalysisStore(opened.journal)
        analysed = store.analyse_entries([entry_id])
        result = store.analysis_for(entry_id, refresh=False)
    if analysed != 1 or result is None or not result.language_ok or (result.compound or 0) <= 0:
        raise StepFailed("the entry was not analysed as positive")
    from heartlog.core.analysis.speedups import running_compiled

    compiled = len(running_compiled())
    how = f"{compiled} analysis modules compiled" if compiled else "analysis in pure Python"
    return f"compound {result.compound:+.2f}, cached in the encrypted database; {how}"


def step_share_bundle(ctx: SelfTestContext) -> str:
    """Share the entry with a second throw-away profile and receive it there.

    A profile refuses its own share code, so the "partner" is a second profile
    in the same temporary home; both directions of the key exchange are real.
    """
    from heartlog.core.profiles import create_profile, unlock

    _feature("heartlog.core.sharing")
    from heartlog.core.sharing import keys, partners, receive, share_bundle
    from heartlog.core.sharing.inbox import inbox
    from heartlog.core.sharing.share_code import format_share_code

    entry_id = ctx.need_entry()
    partner = create_profile(PROFILE_NAME + " partner", ctx.passphrase, kdf=SELF_TEST_KDF)
    bundle = ctx.home / "self-test.heartshare"
    with unlock(ctx.need_profile(), ctx.passphrase) as me, unlock(partner, ctx.passphrase) as them:
        my_code = format_share_code(keys.public_key(me.journal))
        their_code = format_share_code(keys.public_key(them.journal))
        info = partners.add_partner(me.journal, their_code, name="partner")
        partners.add_partner(them.journal, my_code, name="me")
        share_bundle.write_bundle(me.journal, info.id, [entry_id], bundle)
        if ctx.marker.encode() in bundle.read_bytes():
            raise StepFailed("the bundle holds the entry text unencrypted")
        result = receive.receive_bundle_file(them.journal, bundle)
        received = [e for e in inbox(them.journal) if e.id == entry_id]
    if result.added != 1 or not received or received[0].body != ctx.entry_text:
        raise StepFailed("the partner profile did not receive the entry unchanged")
    return f"{bundle.stat().st_size} bytes, X25519 + XSalsa20-Poly1305"


def step_no_plaintext(ctx: SelfTestContext) -> str:
    profile = ctx.need_profile()
    ctx.need_entry()
    needles = [ctx.marker.encode(), b"talked it through", b"Self-test"]
    # key.json holds the profile's display name by design, never entry text.
    files = [p for p in profile.folder.rglob("*") if p.is_file() and p.name != "key.json"]
    checked = 0
    for path in files:
        data = path.read_bytes()
        checked += len(data)
        for needle in needles:
            if needle in data:
                raise StepFailed(f"{path.name} contains entry text in plain")
    if profile.db_path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise StepFailed("the journal is a plain SQLite file, not encrypted")
    return f"{len(files)} files, {checked} bytes checked"


def _runtime_steps() -> list[Step]:
    from heartlog.selftest import runtime_steps as rt

    return [
        Step("VADER sentiment lexicon", rt.step_vader),
        Step("PyNaCl Box round trip", rt.step_nacl_box),
        Step("zxcvbn strength estimate", rt.step_zxcvbn),
        Step("resource files load", rt.step_resources),
        Step("Qt widgets", rt.step_qt_widgets),
        Step("Qt platform plugins", rt.step_qt_platform_plugins),
        Step("HeartLog modules import", rt.step_import_modules),
        Step("translations load", rt.step_translations),
        Step("matplotlib chart in Qt", rt.step_matplotlib_qt),
    ]


def default_steps() -> list[Step]:
    return [
        Step("Alembic migrations", step_migrations),
        Step("SQLCipher and FTS5", step_sqlcipher),
        Step("create a temporary profile", step_create_profile),
        Step("write an entry", step_write_entry),
        Step("read the entry back", step_read_entry),
        Step("search the entry", step_search_entry),
        Step("refuse a wrong passphrase", step_wrong_passphrase),
        Step("analyse an entry", step_analyse_entry),
        Step("export a bundle to itself", step_share_bundle),
        Step("database holds no plaintext", step_no_plaintext),
        *_runtime_steps(),
    ]


@contextmanager
def temporary_environment(home: Path) -> Iterator[None]:
    """Point HeartLog (and matplotlib's caches) at ``home``; Qt offscreen unless chosen."""
    wanted = {HOME_ENV: str(home)}
    if "matplotlib" not in sys.modules:
        # Its font cache goes here instead of the user's cache folder. Once imported,
        # matplotlib has fixed its folders and must keep them.
        wanted["MPLCONFIGDIR"] = str(home / "matplotlib")
    if not os.environ.get("QT_QPA_PLATFORM"):
        wanted["QT_QPA_PLATFORM"] = "offscreen"
    saved = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _describe_build() -> str:
    kind = "frozen build" if getattr(sys, "frozen", False) else "Python package"
    return (
        f"HeartLog {__version__} self-test ({kind}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})"
    )


def run_self_test(steps: list[Step] | None = None, out: TextIO | None = None) -> list[StepResult]:
    """Run every step (a failure does not stop the rest), clean up, return the results."""
    out = out or sys.stdout
    steps = default_steps() if steps is None else steps
    print(_describe_build(), file=out, flush=True)
    home = Path(tempfile.mkdtemp(prefix="heartlog-self-test-"))
    ctx = SelfTestContext(home=home)
    results: list[StepResult] = []
    try:
        with temporary_environment(home):
            for step in steps:
                results.append(_run_step(step, ctx))
                print(results[-1].line(), file=out, flush=True)
    finally:
        ctx.keep.clear()
        shutil.rmtree(home, ignore_errors=True)
    cleanup = StepResult(
        "clean up", not home.exists(), "" if not home.exists() else f"{home} is still there"
    )
    results.append(cleanup)
    print(cleanup.line(), file=out, flush=True)
    failed = [r for r in results if not r.ok]
    total = sum(r.seconds for r in results)
    verdict = "passed" if not failed else f"FAILED ({len(failed)} failed)"
    print(
        f"self-test {verdict}: {len(results) - len(failed)} of {len(results)} steps ok "
        f"in {total:.1f} s",
        file=out,
        flush=True,
    )
    return results


def _run_step(step: Step, ctx: SelfTestContext) -> StepResult:
    start = time.perf_counter()
    try:
        detail = step.run(ctx) or ""
    except StepFailed as exc:
        return StepResult(step.name, False, str(exc), time.perf_counter() - start)
    except Exception as exc:  # any crash is a finding to report, not a reason to stop
        reason = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
        return StepResult(step.name, False, reason, time.perf_counter() - start)
    return StepResult(step.name, True, detail, time.perf_counter() - start)


def main() -> int:
    results = run_self_test()
    return 0 if all(r.ok for r in results) else 1
