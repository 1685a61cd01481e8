"""Fill unfinished messages of a translation from a JSON file, then rebuild its .ts and .qm.

    python tools/apply_translations.py es tools/pending_translations/es.json

The JSON maps context -> English source -> translation (a list of forms for a
plural message). Only messages still unfinished are filled, so a translator's
finished work is never overwritten; a text the .ts no longer has is reported.
Afterwards ``update_translations.py --lang <lang>`` normalises the .ts and
builds the .qm.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fill(ts: Path, texts: dict[str, dict[str, str | list[str]]]) -> tuple[int, list[str]]:
    tree = ET.parse(ts)
    filled, seen = 0, set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            value = texts.get(name, {}).get(source)
            if value is None:
                continue
            seen.add((name, source))
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            del translation.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    unknown = [
        f"{ctx}: {src}" for ctx, items in texts.items() for src in items if (ctx, src) not in seen
    ]
    return filled, unknown


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang")
    ap.add_argument("json_file", type=Path)
    args = ap.parse_args()
    texts = json.loads(args.json_file.read_text(encoding="utf-8"))
    filled, unknown = fill(ROOT / "translations" / f"heartlog_{args.lang}.ts", texts)
    print(f"filled {filled} unfinished messages")
    for text in unknown:
        print("not in the .ts (changed or removed):", text)
    update = [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--lang", args.lang]
    return subprocess.run(update, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
