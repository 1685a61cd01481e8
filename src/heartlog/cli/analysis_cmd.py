"""``heartlog analyze`` (texts on stdin -> scores) and ``heartlog insights`` (a week)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from heartlog.cli.common import (
    UsageError,
    add_json_option,
    add_profile_option,
    open_profile,
    print_json,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    analyze = sub.add_parser(
        "analyze",
        help="score texts read from stdin, one per line",
        description="Read texts from stdin, one per line, and print their scores: with --json "
        "one JSON object per input line (compound, pos, neu, neg, sentences, signals).",
    )
    add_json_option(analyze)
    analyze.set_defaults(func=_analyze)

    insights = sub.add_parser(
        "insights",
        help="the weekly insights of a journal",
        description="How a week felt, what came up and what keeps coming back; "
        "--json prints it as JSON, --pdf and --png save it as a document or image.",
    )
    add_profile_option(insights)
    insights.add_argument(
        "--week", metavar="YYYY-Www", help="ISO week, e.g. 2026-W47 (default: this week)"
    )
    add_json_option(insights)
    insights.add_argument(
        "--pdf", metavar="OUT", help="also save the week as a PDF (charts, summary, patterns)"
    )
    insights.add_argument(
        "--png", metavar="OUT", help="also save the week as a PNG image (summary and charts)"
    )
    insights.set_defaults(func=_insights)


def _read_lines() -> list[str]:
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError("The input is not UTF-8 text; save it as UTF-8 and try again.") from None
    return text.splitlines()


def text_json(text: str) -> dict[str, Any]:
    """The ``heartlog analyze --json`` object for one text."""
    from heartlog.core.analysis import analyse_text

    r = analyse_text(text)
    return {
        "text": text,
        "language_ok": r.language_ok,
        "compound": r.compound,
        "pos": r.pos,
        "neu": r.neu,
        "neg": r.neg,
        "sentences": [
            {
                "text": s.text,
                "compound": s.compound,
                "pos": s.pos,
                "neu": s.neu,
                "neg": s.neg,
                "themes": list(s.signal_themes),
                "conflict": s.conflict,
                "resolution": s.resolution or None,
                "horsemen": list(s.horsemen),
                "markers": [m.to_json() for m in s.markers],
            }
            for s in r.sentences
        ],
        "obstacles": [o.to_json() for o in r.obstacles],
        "counts": r.counts.to_json(),
    }


def _analyze(args: argparse.Namespace) -> int:
    for line in _read_lines():
        data = text_json(line)
        if args.json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif data["compound"] is None:
            sys.stdout.write(f"   n/a\t{line}\n")
        else:
            sys.stdout.write(f"{data['compound']:+.3f}\t{line}\n")
    return 0


def _export(insights: Any, args: argparse.Namespace) -> list[str]:
    """Write the PNG/PDF asked for (matplotlib is imported only then); what was written."""
    if not (args.pdf or args.png):
        return []
    from heartlog.core.insight_export import write_pdf, write_png

    written = []
    if args.png:
        write_png(args.png, insights)
        written.append(f"Saved the week as an image: {args.png}")
    if args.pdf:
        pages = write_pdf(args.pdf, insights)
        written.append(f"Saved the week as a {pages}-page PDF: {args.pdf}")
    return written


def _insights(args: argparse.Namespace) -> int:
    from heartlog.core.analysis import AnalysisStore, parse_week

    week = args.week
    if week is not None:
        parse_week(week)  # a bad week is a user error before any passphrase is asked
    with open_profile(args) as opened:
        insights = AnalysisStore(opened.journal).weekly_insights(week)
    written = _export(insights, args)
    if args.json:
        print_json(insights.to_json())
        return 0
    print(f"Week {insights.week} ({insights.start:%d %b} - {insights.end:%d %b %Y})")
    print(insights.summary)
    for p in insights.patterns:
        print(
            f"- {p.theme}: {p.status}, {p.days} days from {p.first_date} to {p.last_date}, "
            f"severity {p.severity}, {p.trend}"
        )
        for e in p.evidence:
            print(f"    {e.date} {e.kind}: {' '.join(e.text.split())}")
        for s in p.practices:
            print(f"    try: {s.name} - {s.why}")
    for line in written:
        print(line)
    return 0
