#!/usr/bin/env python3
"""Compares two `parallax facts --format json` outputs field by field.

Reads either shape: schema 1 (`ReportFacts`: reportID, attributions' figures as indices)
or schema 2 (`AnalyzedReport`: metadata, text, sentences, fact ids). Both are reduced to
the findings (figures, dates, entities, attributions with their fields and ranges; links as
figure indices), so a change of shape alone shows no difference.

    parallax-old facts Corpus/ --format json > old.json
    parallax facts Corpus/ --format json > new.json
    Scripts/compare-facts-json.py old.json new.json

Prints one line per differing field and a count; exits 1 when anything differs.
"""
import json
import sys

ADDED = {"id", "sentence"}


def findings(report):
    """The report's id and, per paragraph index, its facts in schema-1 form."""
    rid = report.get("reportID") or report.get("metadata", {}).get("id")
    paragraphs = {}
    for p in report["paragraphs"]:
        facts = {}
        for kind in ("figures", "dates", "entities", "attributions"):
            items = []
            for item in p.get(kind, []):
                item = {k: v for k, v in item.items() if k not in ADDED}
                if kind == "figures":
                    item.pop("attributions", None)
                if kind == "attributions":
                    item["figures"] = [
                        int(f.split(".f")[1]) if isinstance(f, str) else f
                        for f in item.get("figures", [])
                    ]
                items.append(item)
            facts[kind] = items
        paragraphs[p["index"]] = facts
    return rid, report.get("language"), report.get("anchorDate"), paragraphs


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    old = [findings(r) for r in json.load(open(sys.argv[1], encoding="utf-8"))]
    new = [findings(r) for r in json.load(open(sys.argv[2], encoding="utf-8"))]
    differences = 0

    def say(text):
        nonlocal differences
        differences += 1
        print(text)

    if len(old) != len(new):
        say(f"reports: {len(old)} → {len(new)}")
    for (rid, lang, anchor, paras), (rid2, lang2, anchor2, paras2) in zip(old, new):
        if rid != rid2:
            say(f"report order: {rid} → {rid2}")
            continue
        if lang != lang2:
            say(f"{rid}: language {lang} → {lang2}")
        if anchor != anchor2:
            say(f"{rid}: anchorDate {anchor} → {anchor2}")
        for index in sorted(set(paras) | set(paras2)):
            a, b = paras.get(index, {}), paras2.get(index, {})
            for kind in ("figures", "dates", "entities", "attributions"):
                xs, ys = a.get(kind, []), b.get(kind, [])
                for n in range(max(len(xs), len(ys))):
                    x = xs[n] if n < len(xs) else None
                    y = ys[n] if n < len(ys) else None
                    if x == y:
                        continue
                    if x is None or y is None:
                        shown = (x or y).get("text", (x or y).get("source", ""))
                        say(f"{rid} ¶{index} {kind}[{n}] {'added' if x is None else 'gone'}: {shown}")
                        continue
                    for key in sorted(set(x) | set(y)):
                        if x.get(key) != y.get(key):
                            say(f"{rid} ¶{index} {kind}[{n}].{key}: {x.get(key)} → {y.get(key)}")
    print(f"{differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
