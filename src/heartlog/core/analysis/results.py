"""The analysis of one entry as plain, frozen data, and its JSON form (cached in the DB)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class Marker:
    """Words that raised (or would have raised) a signal.

    ``kind``: conflict, resolution, false_friend, theme, person, obstacle,
    stress, expression (a relationship-lexicon phrase), absolute, i_statement,
    you_statement, we_talk. ``label`` refines it (event, criticism, contempt,
    defensiveness, stonewalling; strong/soft; a theme or obstacle id; partner
    or third; the valence of an expression). ``counted`` is False when the
    words were negated, hypothetical, a false friend or about someone else,
    and ``why`` then says which.
    """

    kind: str
    label: str
    text: str
    counted: bool = True
    why: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "label": self.label, "text": self.text}
        if not self.counted:
            out["counted"] = False
        if self.why:
            out["why"] = self.why
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Marker:
        return cls(d["kind"], d["label"], d["text"], d.get("counted", True), d.get("why", ""))


@dataclass(frozen=True, slots=True)
class Counts:
    i_statements: int = 0
    you_statements: int = 0
    we_talk: int = 0
    absolutes: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.i_statements + other.i_statements,
            self.you_statements + other.you_statements,
            self.we_talk + other.we_talk,
            self.absolutes + other.absolutes,
        )

    def to_json(self) -> dict[str, int]:
        return {
            "i_statements": self.i_statements,
            "you_statements": self.you_statements,
            "we_talk": self.we_talk,
            "absolutes": self.absolutes,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Counts:
        return cls(
            d.get("i_statements", 0),
            d.get("you_statements", 0),
            d.get("we_talk", 0),
            d.get("absolutes", 0),
        )


NO_COUNTS = Counts()


class SentenceResult(NamedTuple):
    """One sentence: its place in the entry, scores and relationship signals.

    ``part`` is "title" or "body"; ``start``/``end`` are offsets in that part.
    ``themes`` are named in the sentence; ``context_themes`` are borrowed from
    a neighbouring sentence when a conflict or resolution names none.
    ``order`` lists "conflict"/"resolution" in the order they occur in it.

    A named tuple rather than a frozen dataclass: the analysis makes one per
    sentence, and a tuple is built in C where a frozen dataclass sets each of
    its 19 fields through ``object.__setattr__`` (a tenth of the whole
    analysis; bench/bench_analysis.py).
    """

    index: int
    part: str
    start: int
    end: int
    text: str
    compound: float | None = None
    pos: float = 0.0
    neu: float = 0.0
    neg: float = 0.0
    themes: tuple[str, ...] = ()
    context_themes: tuple[str, ...] = ()
    partner: bool = False
    conflict: bool = False
    resolution: str = ""  # "", "strong" or "soft"
    third_party_conflict: bool = False
    order: tuple[str, ...] = ()
    horsemen: tuple[str, ...] = ()
    markers: tuple[Marker, ...] = ()
    counts: Counts = NO_COUNTS

    @property
    def signal_themes(self) -> tuple[str, ...]:
        """The themes a conflict or resolution in this sentence is about."""
        return self.themes or self.context_themes

    def counted_markers(self, *kinds: str) -> tuple[Marker, ...]:
        return tuple(m for m in self.markers if m.counted and (not kinds or m.kind in kinds))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "index": self.index,
            "part": self.part,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "compound": self.compound,
            "pos": self.pos,
            "neu": self.neu,
            "neg": self.neg,
            "themes": list(self.themes),
            "context_themes": list(self.context_themes),
            "partner": self.partner,
            "conflict": self.conflict,
            "resolution": self.resolution,
            "third_party_conflict": self.third_party_conflict,
            "order": list(self.order),
            "horsemen": list(self.horsemen),
            "markers": [m.to_json() for m in self.markers],
            "counts": self.counts.to_json(),
        }
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SentenceResult:
        return cls(
            index=d["index"],
            part=d["part"],
            start=d["start"],
            end=d["end"],
            text=d["text"],
            compound=d.get("compound"),
            pos=d.get("pos", 0.0),
            neu=d.get("neu", 0.0),
            neg=d.get("neg", 0.0),
            themes=tuple(d.get("themes", ())),
            context_themes=tuple(d.get("context_themes", ())),
            partner=d.get("partner", False),
            conflict=d.get("conflict", False),
            resolution=d.get("resolution", ""),
            third_party_conflict=d.get("third_party_conflict", False),
            order=tuple(d.get("order", ())),
            horsemen=tuple(d.get("horsemen", ())),
            markers=tuple(Marker.from_json(m) for m in d.get("markers", ())),
            counts=Counts.from_json(d.get("counts", {})),
        )


@dataclass(frozen=True, slots=True)
class ObstacleHit:
    """An obstacle an entry points to, with the sentences and words that show it."""

    obstacle: str
    sentences: tuple[int, ...]
    words: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "obstacle": self.obstacle,
            "sentences": list(self.sentences),
            "words": list(self.words),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ObstacleHit:
        return cls(d["obstacle"], tuple(d.get("sentences", ())), tuple(d.get("words", ())))


@dataclass(frozen=True)
class EntryResult:
    """Everything the analysis found in one entry (title and body).

    ``compound`` is None and ``sentences`` carry no scores when the entry was
    not analysed because it is not (enough) English: ``language_ok`` False.
    """

    version: str
    language_ok: bool
    coverage: float
    compound: float | None
    pos: float
    neu: float
    neg: float
    sentences: tuple[SentenceResult, ...]
    obstacles: tuple[ObstacleHit, ...] = ()
    counts: Counts = field(default_factory=Counts)

    @property
    def has_partner_conflict(self) -> bool:
        return any(s.conflict for s in self.sentences)

    @property
    def obstacle_ids(self) -> tuple[str, ...]:
        return tuple(h.obstacle for h in self.obstacles)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "language_ok": self.language_ok,
            "coverage": self.coverage,
            "compound": self.compound,
            "pos": self.pos,
            "neu": self.neu,
            "neg": self.neg,
            "sentences": [s.to_json() for s in self.sentences],
            "obstacles": [o.to_json() for o in self.obstacles],
            "counts": self.counts.to_json(),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> EntryResult:
        return cls(
            version=d["version"],
            language_ok=d["language_ok"],
            coverage=d.get("coverage", 1.0),
            compound=d.get("compound"),
            pos=d.get("pos", 0.0),
            neu=d.get("neu", 0.0),
            neg=d.get("neg", 0.0),
            sentences=tuple(SentenceResult.from_json(s) for s in d.get("sentences", ())),
            obstacles=tuple(ObstacleHit.from_json(o) for o in d.get("obstacles", ())),
            counts=Counts.from_json(d.get("counts", {})),
        )
