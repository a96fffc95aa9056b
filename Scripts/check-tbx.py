#!/usr/bin/env python3
"""Reads a TBX v2 file with translate-toolkit (an independent reader) and prints what it
found as JSON: per termEntry, its id and, per language of the entry, the terms with their
administrative status and notes.

Usage: check-tbx.py FILE.tbx SOURCE-LANGUAGE
Used by Tests/ParallaxExchangeTests (the TBX v2 the exporter writes must read back the same).
"""
import json
import sys

from translate.storage import tbx


def main() -> int:
    path, source = sys.argv[1], sys.argv[2]
    with open(path, "rb") as handle:
        store = tbx.tbxfile(handle, sourcelanguage=source)
    entries = []
    for unit in store.units:
        languages = {}
        for node in unit.getlanguageNodes():
            lang = node.get("{http://www.w3.org/XML/1998/namespace}lang")
            terms = unit.get_target_terms(lang)
            languages[lang] = [
                {
                    "text": term.text,
                    "status": term.administrative_status,
                    "deprecated": term.deprecated,
                    "notes": [note.text for note in term.notes if note.scope == "term"],
                }
                for term in terms
            ]
        entries.append(
            {
                "id": unit.getid(),
                "source": unit.source,
                "languages": languages,
                "conceptNotes": [
                    {"text": note.text, "category": note.category}
                    for note in unit.get_common_notes(source=True)
                    if note.scope == "concept"
                ],
            }
        )
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
