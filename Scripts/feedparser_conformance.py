#!/usr/bin/env python3
"""Scores Parallax's feed reader against feedparser's conformance corpus.

Usage: feedparser_conformance.py PARALLAX.json CORPUS_DIR [--failures N]

PARALLAX.json is written by the Swift test `FeedConformanceTests`: one object per feed of
CORPUS_DIR/wellformed, {"path": relative path, "errors": [messages of error diagnostics],
"feed": FeedInfo, "reports": [Report, ...]} in Parallax's own JSON model.

Each feed starts with a comment whose `Expect:` line is a Python expression over
feedparser's result. This script rebuilds a feedparser-like result from Parallax's output
and evaluates the expression. It prints

    feedparser conformance: N/M clauses pass (x.y %)

Comparison rules (all of them; nothing else is special-cased):

1. Scope. A clause counts only if every key it reads is one Parallax models:
   feed:    title, title_detail.value/.language, link, subtitle, tagline, description,
            subtitle_detail / tagline_detail .value/.language, language
   entries: title, title_detail.value/.language, link, id, guid, author, summary,
            description, summary_detail.value/.language, content[i].value/.language,
            published, updated, created, issued, modified and their *_parsed forms
   plus `bozo`, `version`, `len(...)`. Keys are read from the expression's syntax tree, so
   a clause that mentions e.g. `title_detail['type']`, `author_detail`, `tags`, `links`
   or `enclosures` is out of scope whatever it evaluates to. Clauses that name no feed
   field at all (`1`, `not bozo`) only count as "loads".
2. Excluded: files under sanitize/ (expectations are sanitized HTML), files with a
   `Header:` line, and clauses whose expected values contain `127.0.0.1:8097` (both need
   the HTTP response the original tests are served with). These feeds must still load.
3. Mapping from Parallax to feedparser's keys:
   feed.title <- FeedInfo.title; feed.link <- FeedInfo.link; feed.subtitle, tagline,
   description <- FeedInfo.subtitle; feed.language and feed *_detail.language <-
   FeedInfo.language; version <- FeedInfo.version.
   entries[i] is report i (item order). title <- title; link <- url; id, guid <- guid;
   author <- byline; content[0].value <- the body paragraphs (all but the headline) joined;
   summary, description <- report.summary when the item had both a summary and a content,
   else the body (feedparser also copies a lone content into summary); *_detail.language
   and content[0].language <- the declared language as written (language.declared).
   A body paragraph equal to the title is folded into the headline by ReportBuilder, so an
   empty body with a title reads as the title.
   published, issued, created <- published; updated, modified <- updated, else published
   (feedparser files dc:date under `updated`, Parallax under `published`).
4. Text is compared leniently, because Parallax yields paragraphs of text where feedparser
   keeps (sanitized) HTML. Both sides are put in a comparison form: Unicode NFC, all white
   space and control characters removed. The expected value is read as HTML (tags removed,
   entities unescaped); Parallax's value is read as text (as it is), and a clause also
   passes when both, read as HTML, agree (a text title that contains `<b>`).
   A field feedparser would have as '' (a description holding only SVG markup) is ''.
   Language codes compare case-insensitively with `_` as `-`.
5. Dates: `*_parsed` is the UTC struct_time of Parallax's date (a date without an offset
   is taken as UTC, as feedparser does). A raw date string (`updated == 'Thu, 01 Jan 2004
   19:48:21 GMT'`) matches when both sides denote the same instant.
6. `bozo` is true when Parallax reported an error diagnostic for the feed.
"""

import ast
import calendar
import datetime
import email.utils
import html
import json
import os
import re
import sys
import time
import unicodedata

FEED_KEYS = {
    "title": None, "title_detail": {"value", "language"}, "link": None, "subtitle": None,
    "tagline": None, "description": None, "subtitle_detail": {"value", "language"},
    "tagline_detail": {"value", "language"}, "language": None,
}
DATE_KEYS = ["published", "updated", "created", "issued", "modified"]
ENTRY_KEYS = {
    "title": None, "title_detail": {"value", "language"}, "link": None, "id": None,
    "guid": None, "author": None, "summary": None, "description": None,
    "summary_detail": {"value", "language"}, "content": {"value", "language"},
}
for _key in DATE_KEYS:
    ENTRY_KEYS[_key] = None
    ENTRY_KEYS[_key + "_parsed"] = None
ALLOWED_NAMES = {"feed", "entries", "bozo", "version", "len", "True", "False", "None",
                 "time", "datetime"}


def folded(text):
    """NFC, without white space and control characters."""
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cc")


def as_html(text):
    """The text of an HTML fragment: tags removed, entities unescaped."""
    return html.unescape(re.sub(r"<[^>]*>", " ", str(text)))


class Text(str):
    """A string that compares by rule 4."""

    def __eq__(self, other):
        if isinstance(other, str):
            expected = folded(as_html(other))
            return folded(str(self)) == expected or folded(as_html(self)) == expected
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = str.__hash__


class Language(str):
    """A language code that compares case-insensitively."""

    def __eq__(self, other):
        if isinstance(other, str):
            return self.lower().replace("_", "-") == other.lower().replace("_", "-")
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = str.__hash__


def instant(text):
    """Seconds since the epoch for an RFC 822 or ISO 8601 date string, or None."""
    parsed = email.utils.parsedate_tz(text)
    if parsed:
        return email.utils.mktime_tz(parsed)
    try:
        value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    return value.timestamp()


class DateText(str):
    """An ISO date that equals any date string denoting the same instant (rule 5)."""

    def __eq__(self, other):
        if isinstance(other, str):
            mine, theirs = instant(str(self)), instant(other)
            return mine is not None and mine == theirs
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = str.__hash__


def parsed_date(iso):
    seconds = instant(iso)
    return None if seconds is None else time.gmtime(seconds)


class Result(dict):
    """A feedparser-like dictionary: keys by item or attribute; missing keys raise."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError as error:
            raise AttributeError(name) from error


def put(target, key, value, kind=Text):
    if value is not None:
        target[key] = kind(value) if kind else value


def feed_result(info):
    result = Result()
    put(result, "title", info.get("title"))
    put(result, "link", info.get("link"))
    for key in ("subtitle", "tagline", "description"):
        put(result, key, info.get("subtitle"))
    put(result, "language", info.get("language"), Language)
    for key, source in (("title", "title"), ("subtitle", "subtitle"), ("tagline", "subtitle")):
        language = info.get("language")
        detail = Result(language=None if language is None else Language(language))
        put(detail, "value", info.get(source))
        result[key + "_detail"] = detail
    return result


def entry_result(report):
    result = Result()
    title = report.get("title")
    put(result, "title", title)
    put(result, "link", report.get("url"))
    put(result, "id", report.get("guid"))
    put(result, "guid", report.get("guid"))
    put(result, "author", report.get("byline"))
    body = " ".join(p["text"] for p in report.get("paragraphs", []) if p["kind"] != "headline")
    if not body and title:
        body = title
    language = (report.get("language") or {}).get("declared")
    summary = report.get("summary") or body or ""
    put(result, "summary", summary)
    put(result, "description", summary)
    if body:
        content = Result(value=Text(body))
        content["language"] = None if language is None else Language(language)
        result["content"] = [content]
    for key, source in (("title", title), ("summary", summary)):
        detail = Result(language=None if language is None else Language(language))
        put(detail, "value", source)
        result[key + "_detail"] = detail
    published, updated = report.get("published"), report.get("updated")
    updated = updated or published
    for key, value in (("published", published), ("issued", published),
                       ("created", published), ("updated", updated), ("modified", updated)):
        put(result, key, value, DateText)
        if value:
            result[key + "_parsed"] = parsed_date(value)
    return result


def key_paths(expression):
    """Each subscript/attribute chain rooted at a name, as (name, [keys])."""
    paths, names = [], set()
    tree = ast.parse(expression, mode="eval")
    chained = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Subscript, ast.Attribute)) and id(node) not in chained:
            keys, current = [], node
            while isinstance(current, (ast.Subscript, ast.Attribute)):
                chained.add(id(current))
                if isinstance(current, ast.Attribute):
                    keys.append(current.attr)
                elif isinstance(current.slice, ast.Constant):
                    if isinstance(current.slice.value, str):
                        keys.append(current.slice.value)
                else:
                    keys.append(None)
                current = current.value
            if isinstance(current, ast.Name):
                paths.append((current.id, list(reversed(keys))))
        if isinstance(node, ast.Name):
            names.add(node.id)
    return paths, names


def in_scope(expression):
    """'field' when every key read is modelled, 'none' when no field is read, else None."""
    paths, names = key_paths(expression)
    if not names <= ALLOWED_NAMES:
        return None
    fields = 0
    for root, keys in paths:
        table = FEED_KEYS if root == "feed" else ENTRY_KEYS if root == "entries" else None
        if table is None:
            if root in ("time", "datetime"):
                continue
            return None
        if not keys or keys[0] is None or keys[0] not in table:
            return None
        allowed = table[keys[0]]
        rest = [k for k in keys[1:] if k is not None]
        if rest and (allowed is None or rest[0] not in allowed or len(rest) > 1):
            return None
        fields += 1
    return "field" if fields else "none"


def expectation(path):
    with open(path, "rb") as handle:
        head = handle.read(4096).decode("utf-8", "replace")
    match = re.search(r"Expect:\s*(.*)", head)
    return match.group(1).strip() if match else None, "\nHeader:" in head


def main():
    data_path, corpus = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--failures") + 1]) if "--failures" in sys.argv else 0
    with open(data_path, encoding="utf-8") as handle:
        feeds = json.load(handle)
    counts = {"pass": 0, "fail": 0, "out": 0, "excluded": 0, "loads": 0}
    failures = []
    for record in feeds:
        relative = record["path"]
        expression, has_header = expectation(os.path.join(corpus, relative))
        if expression is None:
            continue
        if relative.startswith("sanitize/") or has_header or "127.0.0.1:8097" in expression:
            counts["excluded"] += 1
            continue
        scope = in_scope(expression)
        if scope is None:
            counts["out"] += 1
            continue
        if scope == "none":
            counts["loads"] += 1
            continue
        info = record.get("feed") or {}
        namespace = {
            "feed": feed_result(info),
            "entries": [entry_result(r) for r in record.get("reports", [])],
            "bozo": bool(record.get("errors")), "version": info.get("version"),
            "time": time, "datetime": datetime, "len": len,
        }
        try:
            passed = bool(eval(expression, {"__builtins__": {}}, namespace))
        except (KeyError, IndexError, AttributeError, TypeError):
            passed = False
        counts["pass" if passed else "fail"] += 1
        if not passed:
            failures.append((relative, expression))
    total = counts["pass"] + counts["fail"]
    for relative, expression in failures[:show]:
        print(f"FAIL {relative}: {expression}")
    print(f"out of scope: {counts['out']} clauses; excluded (sanitize/, HTTP): "
          f"{counts['excluded']}; load-only clauses: {counts['loads']}")
    percent = 100.0 * counts["pass"] / total if total else 0.0
    print(f"feedparser conformance: {counts['pass']}/{total} clauses pass ({percent:.1f} %)")


if __name__ == "__main__":
    main()
