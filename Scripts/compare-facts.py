#!/usr/bin/env python3
"""Compare two `parallax facts --format json` outputs field by field.

Usage: compare-facts.py OLD.json NEW.json [OLD2.json NEW2.json ...]

Reports are matched by `reportID`, paragraphs by `index`, and the facts of a paragraph
(figures, dates, entities, attributions) by their evidence range (`range`, or `cueRange`
and `sourceRange` for attributions), so one added or dropped fact shows as one line, not
as a shift of every fact after it. Every other list is compared position by position.
Each difference is printed on one line:

    <report> p<index> <list>[<key>] <field>: <old> -> <new>

Exit status: 0 when the outputs are the same, 1 when they differ, 2 on bad input.
Standard library only.
"""

import json
import sys


def item_key(item):
    """The key a fact is matched by, or None for lists compared by position."""
    if not isinstance(item, dict):
        return None
    if "reportID" in item:
        return ("report", item["reportID"])
    if "index" in item and "kind" in item and "figures" in item:
        return ("p", item["index"])
    if "cueRange" in item:
        return ("cue", tuple_range(item.get("cueRange")), tuple_range(item.get("sourceRange")))
    if "range" in item:
        return ("at", tuple_range(item["range"]))
    return None


def tuple_range(value):
    if isinstance(value, dict):
        if "start" in value and "end" in value:
            return (value["start"], value["end"])
        return tuple(sorted(value.items()))
    if isinstance(value, list):
        return tuple(value)
    return value


def label(key):
    kind = key[0]
    if kind == "report":
        return str(key[1])
    if kind == "p":
        return "p%s" % key[1]
    parts = []
    for part in key[1:]:
        if isinstance(part, tuple) and part and isinstance(part[0], tuple):
            parts.append("-".join(str(v) for _, v in part))
        elif isinstance(part, tuple):
            parts.append("-".join(str(v) for v in part))
        else:
            parts.append(str(part))
    return "@" + "/".join(parts)


def short(value):
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 160 else text[:157] + "..."


def compare(old, new, path, out):
    if isinstance(old, dict) and isinstance(new, dict):
        for name in sorted(set(old) | set(new)):
            where = path + [name]
            if name not in old:
                out.append("%s: (absent) -> %s" % (" ".join(where), short(new[name])))
            elif name not in new:
                out.append("%s: %s -> (absent)" % (" ".join(where), short(old[name])))
            else:
                compare(old[name], new[name], where, out)
        return
    if isinstance(old, list) and isinstance(new, list):
        keys_old = [item_key(item) for item in old]
        keys_new = [item_key(item) for item in new]
        keyed = (
            old + new
            and all(key is not None for key in keys_old + keys_new)
            and len(set(keys_old)) == len(keys_old)
            and len(set(keys_new)) == len(keys_new)
        )
        if not keyed:
            if len(old) != len(new):
                out.append("%s: %d items -> %d items" % (" ".join(path), len(old), len(new)))
            for position, (a, b) in enumerate(zip(old, new)):
                compare(a, b, path[:-1] + ["%s[%d]" % (path[-1] if path else "", position)], out)
            for position in range(len(new), len(old)):
                out.append("%s[%d] removed: %s" % (" ".join(path), position, short(old[position])))
            for position in range(len(old), len(new)):
                out.append("%s[%d] added: %s" % (" ".join(path), position, short(new[position])))
            return
        by_new = dict(zip(keys_new, new))
        by_old = dict(zip(keys_old, old))
        prefix = path[:-1]
        name = path[-1] if path else ""
        for key, item in zip(keys_old, old):
            where = prefix + ([name + label(key)] if key[0] not in ("report", "p") else [label(key)])
            if key not in by_new:
                out.append("%s removed: %s" % (" ".join(where), short(summary(item))))
            else:
                compare(item, by_new[key], where, out)
        for key, item in zip(keys_new, new):
            if key not in by_old:
                where = prefix + ([name + label(key)] if key[0] not in ("report", "p") else [label(key)])
                out.append("%s added: %s" % (" ".join(where), short(summary(item))))
        return
    if old != new:
        out.append("%s: %s -> %s" % (" ".join(path), short(old), short(new)))


def summary(item):
    """What a whole added or removed item is shown as (its text and main fields)."""
    if isinstance(item, dict):
        if "paragraphs" in item:
            return {"reportID": item.get("reportID"), "paragraphs": len(item["paragraphs"])}
        kept = {}
        for name in ("text", "value", "kind", "qualifier", "cue", "source", "quote", "date"):
            if name in item:
                kept[name] = item[name]
        return kept or item
    return item


def main(arguments):
    if len(arguments) < 2 or len(arguments) % 2:
        sys.stderr.write(__doc__)
        return 2
    differences = 0
    for old_path, new_path in zip(arguments[0::2], arguments[1::2]):
        try:
            with open(old_path, encoding="utf-8") as handle:
                old = json.load(handle)
            with open(new_path, encoding="utf-8") as handle:
                new = json.load(handle)
        except (OSError, ValueError) as error:
            sys.stderr.write("compare-facts: %s\n" % error)
            return 2
        out = []
        compare(old, new, [], out)
        print("== %s -> %s: %d difference(s)" % (old_path, new_path, len(out)))
        for line in out:
            print(line)
        differences += len(out)
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
