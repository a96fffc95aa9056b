#!/usr/bin/env python3
"""Reads a TMX file with translate-toolkit (an independent reader) and prints, as JSON, its
header's srclang and each unit's source and target text, so a test can compare them with
what Parallax wrote. Usage: tmx_check.py FILE.tmx"""
import json
import sys

from translate.storage import tmx


def main() -> int:
    with open(sys.argv[1], "rb") as handle:
        store = tmx.tmxfile.parsestring(handle.read())
    header = store.document.getroot().find("header")
    units = [
        {"source": unit.source, "target": unit.target}
        for unit in store.units
    ]
    json.dump(
        {"srclang": header.get("srclang") if header is not None else None, "units": units},
        sys.stdout,
        ensure_ascii=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
