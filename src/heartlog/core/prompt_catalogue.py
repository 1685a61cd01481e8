"""The prompt catalogue: practices, pillars, examples, obstacles and prompts, validated on load.

The English base is ``resources/prompts/prompts.json`` (checked against
``prompts.schema.json``, then for cross-references). Translations are
overlays ``prompts.<lang>.json`` keyed by id (``prompts-overlay.schema.json``):
they replace texts only, and anything they leave out stays English.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from heartlog.core.errors import HeartLogError
from heartlog.core.json_schema_subset import SchemaViolation, violations
from heartlog.core.paths import resource_path

log = logging.getLogger(__name__)

CATALOGUE_FILE = "prompts.json"
SCHEMA_FILE = "prompts.schema.json"
OVERLAY_SCHEMA_FILE = "prompts-overlay.schema.json"
LOVE_LANGUAGES_PRACTICE = "love_languages"
ALL_LOVE_LANGUAGES = "all"  # a love-language prompt about all five (weighs for nobody)
FACET_SECTIONS = {"pillars": "pillar", "examples": "example", "obstacles": "obstacle"}


class CatalogueError(HeartLogError):
    """A prompt catalogue or translation file is malformed; names the file and the item."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        super().__init__(
            f"The prompt catalogue {source} is invalid: {where} {problem}. "
            "Fix that entry in the file (or reinstall HeartLog)."
        )
        self.source = source
        self.where = where
        self.problem = problem


class UnknownPrompt(HeartLogError):
    def __init__(self, prompt_id: str) -> None:
        super().__init__(f"There is no prompt {prompt_id!r} in the catalogue.")
        self.prompt_id = prompt_id


@dataclass(frozen=True)
class Practice:
    id: str
    name: str
    description: str


@dataclass(frozen=True)
class Facet:
    """A pillar, everyday example or obstacle, and the practices that address it."""

    id: str
    kind: str  # pillar | example | obstacle
    name: str
    description: str
    practices: tuple[str, ...]


@dataclass(frozen=True)
class Theme:
    """An unresolved-conflict theme (``money``...) and the practices/facets that help with it."""

    id: str
    practices: tuple[str, ...]
    addresses: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoveLanguage:
    id: str
    name: str


@dataclass(frozen=True)
class Prompt:
    id: str
    practice: str
    depth: int  # 1 light, 2 deeper, 3 deep
    text: str
    why: str
    follow_ups: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()  # facet ids (pillars, examples, obstacles)
    love_language: str | None = None  # one of the five ids, or "all"


@dataclass(frozen=True)
class Catalogue:
    version: int
    language: str
    love_languages: tuple[LoveLanguage, ...]
    practices: tuple[Practice, ...]
    facets: tuple[Facet, ...]
    themes: tuple[Theme, ...]
    prompts: tuple[Prompt, ...]
    _index: dict[str, Prompt] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {p.id: p for p in self.prompts})

    def get(self, prompt_id: str | None) -> Prompt | None:
        return self._index.get(prompt_id) if prompt_id else None

    def prompt(self, prompt_id: str) -> Prompt:
        found = self.get(prompt_id)
        if found is None:
            raise UnknownPrompt(prompt_id)
        return found

    def practice(self, practice_id: str) -> Practice:
        for practice in self.practices:
            if practice.id == practice_id:
                return practice
        raise KeyError(practice_id)

    @property
    def practice_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.practices)

    def prompts_of(self, practice_id: str) -> tuple[Prompt, ...]:
        return tuple(p for p in self.prompts if p.practice == practice_id)

    def facet(self, facet_id: str) -> Facet | None:
        return next((f for f in self.facets if f.id == facet_id), None)

    def facets_of(self, kind: str) -> tuple[Facet, ...]:
        return tuple(f for f in self.facets if f.kind == kind)

    def theme(self, theme_id: str) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    def love_language_name(self, language_id: str) -> str:
        return next((ll.name for ll in self.love_languages if ll.id == language_id), language_id)


def practice_of(prompt_id: str) -> str:
    """The practice id of a prompt id (``forgiveness.03`` -> ``forgiveness``)."""
    return prompt_id.split(".", 1)[0]


# -- validation ---------------------------------------------------------------------------
def _item_name(data: Any, path: tuple[str | int, ...]) -> tuple[str, tuple[str | int, ...]]:
    """How to name the item a violation is in ("prompt 'forgiveness.03'"), and the rest of the path."""
    labels = {"prompts": "prompt", "practices": "practice", "themes": "theme"}
    labels.update(FACET_SECTIONS)
    labels["love_languages"] = "love language"
    if len(path) >= 2 and path[0] in labels and isinstance(data, dict):
        section = data.get(path[0])
        key = path[1]
        label = labels[str(path[0])]
        if isinstance(key, int) and isinstance(section, list) and key < len(section):
            item = section[key]
            item_id = item.get("id") if isinstance(item, dict) else None
            if isinstance(item_id, str) and item_id:
                return f"{label} {item_id!r}", path[2:]
            return f"{label} #{key + 1} (which has no valid id)", path[2:]
        if isinstance(key, str):  # overlays are keyed by id
            return f"{label} {key!r}", path[2:]
    return "", path


def _raise_for(source: str, data: Any, issue: SchemaViolation) -> None:
    name, rest = _item_name(data, issue.path)
    field_name = SchemaViolation(rest, "").where() if rest else ""
    if name:
        where = (
            f"{name}:" if not field_name or field_name == "(top level)" else f"{name}: {field_name}"
        )
    else:
        where = issue.where() if issue.path else "the file"
    raise CatalogueError(source, where, issue.message)


def _schema(name: str) -> dict[str, Any]:
    with resource_path("prompts", name).open(encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


def _check_schema(data: Any, schema_name: str, source: str) -> None:
    found = violations(data, _schema(schema_name))
    if found:
        _raise_for(source, data, found[0])


def _unique(source: str, label: str, ids: Sequence[str]) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise CatalogueError(source, f"{label} {item_id!r}:", "is defined more than once")
        seen.add(item_id)


def _check_references(catalogue: Catalogue, source: str) -> None:
    practices = set(catalogue.practice_ids)
    facets = {f.id: f for f in catalogue.facets}
    _unique(source, "practice", catalogue.practice_ids)
    _unique(source, "pillar/example/obstacle", [f.id for f in catalogue.facets])
    _unique(source, "theme", [t.id for t in catalogue.themes])
    _unique(source, "love language", [ll.id for ll in catalogue.love_languages])
    _unique(source, "prompt", [p.id for p in catalogue.prompts])
    for facet in catalogue.facets:
        for practice in facet.practices:
            if practice not in practices:
                raise CatalogueError(
                    source, f"{facet.kind} {facet.id!r}:", f"names unknown practice {practice!r}"
                )
    for theme in catalogue.themes:
        for practice in theme.practices:
            if practice not in practices:
                raise CatalogueError(
                    source, f"theme {theme.id!r}:", f"names unknown practice {practice!r}"
                )
        for facet_id in theme.addresses:
            if facet_id not in facets:
                raise CatalogueError(
                    source, f"theme {theme.id!r}:", f"addresses unknown item {facet_id!r}"
                )
    for prompt in catalogue.prompts:
        where = f"prompt {prompt.id!r}:"
        if prompt.practice not in practices:
            raise CatalogueError(source, where, f"has unknown practice {prompt.practice!r}")
        if practice_of(prompt.id) != prompt.practice:
            raise CatalogueError(
                source, where, f"must have an id starting with '{prompt.practice}.'"
            )
        if prompt.practice == LOVE_LANGUAGES_PRACTICE and prompt.love_language is None:
            raise CatalogueError(source, where, "must say which love language it concerns")
        for facet_id in prompt.addresses:
            facet = facets.get(facet_id)
            if facet is None:
                raise CatalogueError(source, where, f"addresses unknown item {facet_id!r}")
            if prompt.practice not in facet.practices:
                raise CatalogueError(
                    source,
                    where,
                    f"addresses {facet_id!r}, but its practice {prompt.practice!r} is not "
                    f"among the practices listed for {facet_id!r}",
                )


def parse_catalogue(data: Any, source: str = CATALOGUE_FILE) -> Catalogue:
    """Validate a decoded ``prompts.json`` and build the catalogue, or raise ``CatalogueError``."""
    _check_schema(data, SCHEMA_FILE, source)
    facets = tuple(
        Facet(f["id"], kind, f["name"], f["description"], tuple(f["practices"]))
        for section, kind in FACET_SECTIONS.items()
        for f in data[section]
    )
    catalogue = Catalogue(
        version=data["version"],
        language=data["language"],
        love_languages=tuple(LoveLanguage(x["id"], x["name"]) for x in data["love_languages"]),
        practices=tuple(Practice(x["id"], x["name"], x["description"]) for x in data["practices"]),
        facets=facets,
        themes=tuple(
            Theme(x["id"], tuple(x["practices"]), tuple(x.get("addresses", ())))
            for x in data["themes"]
        ),
        prompts=tuple(
            Prompt(
                id=x["id"],
                practice=x["practice"],
                depth=x["depth"],
                text=x["text"],
                why=x["why"],
                follow_ups=tuple(x.get("follow_ups", ())),
                addresses=tuple(x.get("addresses", ())),
                love_language=x.get("love_language"),
            )
            for x in data["prompts"]
        ),
    )
    _check_references(catalogue, source)
    return catalogue


def apply_overlay(catalogue: Catalogue, data: Any, source: str, strict: bool = False) -> Catalogue:
    """The catalogue with the texts of a translation overlay; the rest stays as it was.

    Ids the overlay names but the catalogue lacks (a translation lagging behind
    the English base) are logged and skipped, or rejected when ``strict``.
    """
    _check_schema(data, OVERLAY_SCHEMA_FILE, source)
    if data["base_version"] != catalogue.version:
        log.info(
            "translation %s was made for catalogue version %s (now %s); missing texts stay English",
            source,
            data["base_version"],
            catalogue.version,
        )

    def unknown(label: str, item_id: str) -> None:
        if strict:
            raise CatalogueError(source, f"{label} {item_id!r}:", "is not in the English catalogue")
        log.warning("translation %s: skipping unknown %s %s", source, label, item_id)

    def overlaid(items: Sequence[Any], section: str, label: str) -> tuple[Any, ...]:
        texts: Mapping[str, Mapping[str, Any]] = data.get(section, {})
        known = {item.id for item in items}
        for item_id in texts:
            if item_id not in known:
                unknown(label, item_id)
        out = []
        for item in items:
            change = dict(texts.get(item.id, {}))
            if "follow_ups" in change:
                change["follow_ups"] = tuple(change["follow_ups"])
            out.append(replace(item, **change) if change else item)
        return tuple(out)

    names: Mapping[str, str] = data.get("love_languages", {})
    for item_id in names:
        if item_id not in {ll.id for ll in catalogue.love_languages}:
            unknown("love language", item_id)
    facets: list[Facet] = []
    for section, kind in FACET_SECTIONS.items():
        facets.extend(overlaid(catalogue.facets_of(kind), section, kind))
    return replace(
        catalogue,
        language=data["language"],
        love_languages=tuple(
            replace(ll, name=names[ll.id]) if ll.id in names else ll
            for ll in catalogue.love_languages
        ),
        practices=overlaid(catalogue.practices, "practices", "practice"),
        facets=tuple(facets),
        prompts=overlaid(catalogue.prompts, "prompts", "prompt"),
    )


# -- loading ------------------------------------------------------------------------------
def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except json.JSONDecodeError as exc:
        raise CatalogueError(
            path.name, f"line {exc.lineno}, column {exc.colno}:", f"is not valid JSON ({exc.msg})"
        ) from None
    except OSError as exc:
        raise CatalogueError(path.name, "the file", f"cannot be read ({exc.strerror})") from None


def load_catalogue_from(
    path: Path, overlays: Sequence[Path] = (), strict: bool = False
) -> Catalogue:
    """Load a catalogue file and apply translation overlay files in order (tests, tools)."""
    catalogue = parse_catalogue(_read_json(path), path.name)
    for overlay in overlays:
        catalogue = apply_overlay(catalogue, _read_json(overlay), overlay.name, strict)
    return catalogue


def overlay_candidates(language: str | None) -> list[str]:
    """Overlay file names to try for a locale name, most specific first (``de_AT`` -> de_AT, de)."""
    if not language:
        return []
    code = language.replace("-", "_").split(".")[0]
    names = [code, code.split("_")[0]]
    return [f"prompts.{n}.json" for n in dict.fromkeys(names) if n and n != "en"]


@lru_cache(maxsize=8)
def load_catalogue(language: str | None = None) -> Catalogue:
    """The shipped catalogue, translated for ``language`` (a locale name) where a translation exists."""
    base = resource_path("prompts", CATALOGUE_FILE)
    for name in overlay_candidates(language):
        try:
            overlay = resource_path("prompts", name)
        except FileNotFoundError:
            continue
        return load_catalogue_from(base, [overlay])
    return load_catalogue_from(base)


def shipped_overlays() -> list[Path]:
    """Every translation overlay shipped under ``resources/prompts``."""
    folder = resource_path("prompts")
    return sorted(
        p
        for p in folder.glob("prompts.*.json")
        if p.name.count(".") == 2 and not p.name.endswith(".schema.json")
    )
