"""End to end through the ``heartlog`` CLI: two profiles share, reflect and revoke."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from heartlog.core.profiles import unlock

PA = "alex passphrase one"
PB = "sam passphrase two"
A = {"HEARTLOG_PASSPHRASE": PA}
B = {"HEARTLOG_PASSPHRASE": PB}


def ok(result):
    assert result.returncode == 0, result.stderr
    return result


def _setup(cli, tmp_path: Path) -> list[str]:
    ok(cli("profile", "create", "Alex", env=A))
    ok(cli("profile", "create", "Sam", env=B))
    with unlock("Alex", PA) as op:
        ids = [
            op.journal.add(title=f"Entry {i}", body=f"private words number{i}", tags=["t"]).id
            for i in range(10)
        ]
    code_file = tmp_path / "alex.heartcode"
    out = ok(cli("share-code", "-p", "Alex", "-o", str(code_file), env=A))
    assert out.stdout.startswith("heartlog-share-1:")
    assert code_file.read_text().count("heartlog-share-1:") == 1
    sam = json.loads(ok(cli("share-code", "-p", "Sam", "--json", env=B)).stdout)
    added = ok(cli("partner", "add", "-p", "Alex", sam["code"], "--name", "Sam", env=A))
    assert sam["fingerprint"] in added.stdout
    ok(cli("partner", "add", "-p", "Sam", str(code_file), env=B))
    listed = json.loads(ok(cli("partner", "list", "-p", "Sam", "--json", env=B)).stdout)
    assert [p["name"] for p in listed] == ["Alex"]  # taken from the code file
    return ids


def _inbox_ids(cli) -> list[str]:
    return [e["id"] for e in json.loads(ok(cli("inbox", "-p", "Sam", "--json", env=B)).stdout)]


def test_share_reflect_revoke_through_bundle_files(cli, tmp_path):
    ids = _setup(cli, tmp_path)
    chosen = [ids[1], ids[4], ids[8]]
    ok(cli("mark", "-p", "Alex", "--ids", *(i[:8] for i in chosen), env=A))
    bundle = tmp_path / "for-sam.heartshare"
    shared = json.loads(
        ok(cli("share", "-p", "Alex", "--marked", "-o", str(bundle), "--json", env=A)).stdout
    )
    assert (shared["shared"], shared["partner"]) == (3, "Sam")
    assert ok(cli("receive", "-p", "Sam", str(bundle), env=B)).stdout.startswith("From Alex: 3 new")
    inbox = json.loads(ok(cli("inbox", "-p", "Sam", "--json", env=B)).stdout)
    assert sorted(e["id"] for e in inbox) == sorted(chosen)
    assert {e["partner"] for e in inbox} == {"Alex"}
    assert "number4" in ok(cli("inbox", "-p", "Sam", "--search", "number4", env=B)).stdout

    # Sam reflects; the reflection travels back in Sam's next bundle.
    ok(
        cli(
            "reflect",
            "-p",
            "Sam",
            ids[4][:8],
            stdin="What I heard is: number four mattered.",
            env=B,
        )
    )
    back = tmp_path / "for-alex.heartshare"
    ok(cli("share", "-p", "Sam", "-o", str(back), env=B))
    ok(cli("receive", "-p", "Alex", str(back), env=A))
    refl = json.loads(ok(cli("reflections", "-p", "Alex", "--json", env=A)).stdout)
    assert [(r["entry_id"], r["author"], r["partner"]) for r in refl] == [
        (ids[4], "partner", "Sam")
    ]
    assert refl[0]["body"] == "What I heard is: number four mattered."

    # Alex revokes one; Sam then sees two.
    ok(cli("mark", "-p", "Alex", "--ids", ids[8], "--off", env=A))
    out = ok(cli("share", "-p", "Alex", "-o", str(bundle), env=A))
    assert "1 removed" in out.stdout
    ok(cli("receive", "-p", "Sam", str(bundle), env=B))
    assert sorted(_inbox_ids(cli)) == sorted(chosen[:2])
    entry = json.loads(ok(cli("entry", "list", "-p", "Alex", "--json", env=A)).stdout)
    by_id = {e["id"]: e for e in entry}
    assert by_id[ids[8]]["revoked_at"] and by_id[ids[8]]["shared_at"]
    assert by_id[ids[1]]["shared_at"] and not by_id[ids[1]]["revoked_at"]
    assert by_id[ids[0]]["shared_at"] is None

    # Receiving the same bundle again changes nothing; a damaged one is refused.
    assert "Already imported" in ok(cli("receive", "-p", "Sam", str(bundle), env=B)).stdout
    data = bytearray(bundle.read_bytes())
    data[-5] ^= 1
    bad = tmp_path / "bad.heartshare"
    bad.write_bytes(bytes(data))
    result = cli("receive", "-p", "Sam", str(bad), env=B)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "cannot be trusted" in result.stderr
    assert sorted(_inbox_ids(cli)) == sorted(chosen[:2])


def test_share_through_a_share_folder(cli, tmp_path):
    ids = _setup(cli, tmp_path)
    folder = tmp_path / "Syncthing"
    folder.mkdir()
    ok(cli("share-folder", "-p", "Alex", str(folder), env=A))
    ok(cli("share-folder", "-p", "Sam", str(folder), env=B))
    ok(cli("mark", "-p", "Alex", "--ids", ids[0], ids[2], ids[5], env=A))
    ok(cli("share", "-p", "Alex", env=A))  # default: the marked entries, into the folder
    assert len(list(folder.glob("*-to-*.heartshare"))) == 1
    ok(cli("receive", "-p", "Sam", env=B))
    assert sorted(_inbox_ids(cli)) == sorted([ids[0], ids[2], ids[5]])
    assert "No new bundles" in ok(cli("receive", "-p", "Sam", env=B)).stdout

    ok(cli("reflect", "-p", "Sam", ids[2], stdin="I heard you.", env=B))
    ok(cli("share", "-p", "Sam", env=B))
    assert len(list(folder.glob("*-to-*.heartshare"))) == 2
    ok(cli("receive", "-p", "Alex", env=A))
    refl = json.loads(
        ok(cli("reflections", "-p", "Alex", "--entry", ids[2], "--json", env=A)).stdout
    )
    assert [r["body"] for r in refl] == ["I heard you."]

    ok(cli("mark", "-p", "Alex", "--ids", ids[5], "--off", env=A))
    ok(cli("share", "-p", "Alex", env=A))
    ok(cli("receive", "-p", "Sam", env=B))
    assert sorted(_inbox_ids(cli)) == sorted([ids[0], ids[2]])


@pytest.mark.parametrize("fmt", ["markdown", "html", "pdf"])
def test_readable_export_of_a_selection(cli, tmp_path, fmt):
    ok(cli("profile", "create", "Alex", env=A))
    with unlock("Alex", PA) as op:
        keep = op.journal.add(title="Kept", body="visible wording", tags=["us"])
        op.journal.add(title="Hidden", body="secretword never leaves", tags=["me"])
    out = tmp_path / f"out.{fmt}"
    result = ok(cli("export", "-p", "Alex", "--format", fmt, "--tag", "us", "-o", str(out), env=A))
    assert "NOT encrypted" in result.stdout
    data = out.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF-")
        pypdf = pytest.importorskip("pypdf")
        import io

        pages = pypdf.PdfReader(io.BytesIO(data)).pages
        text = " ".join(" ".join(p.extract_text() for p in pages).split())
    else:
        text = data.decode("utf-8")
    assert "visible" in text and "not encrypted" in text
    assert "secretword" not in text and "Hidden" not in text
    assert keep.id  # the chosen entry exists


def test_usage_errors(cli, tmp_path):
    ok(cli("profile", "create", "Alex", env=A))
    no_sel = cli("export", "-p", "Alex", "--format", "html", "-o", str(tmp_path / "x.html"), env=A)
    assert no_sel.returncode == 1 and "Choose which entries" in no_sel.stderr
    assert not (tmp_path / "x.html").exists()
    bad = cli("partner", "add", "-p", "Alex", "heartlog-share-1:AAAA:BBBBBBBB", env=A)
    assert bad.returncode == 1 and "mistake" in bad.stderr
    nobody = cli("share", "-p", "Alex", "-o", str(tmp_path / "x.heartshare"), env=A)
    assert nobody.returncode == 1 and "No partner yet" in nobody.stderr
    assert cli("share", "-p", "Alex", "--bogus", env=A).returncode == 2
