#!/usr/bin/env python3
"""Independent reading of Corpus/ and a check of each story README's ground truth.

Reads every report of a story folder the way Corpus/*/README.md numbers paragraphs
(¶0 = headline when there is one, then lead and body; an intertitle is its own paragraph),
using only the Python standard library, so that it does not share code with Parallax.

  python3 Scripts/check-corpus.py Corpus/idleb-2020-02 --show   # numbered paragraphs
  python3 Scripts/check-corpus.py Corpus/idleb-2020-02          # check the README
  python3 Scripts/check-corpus.py Corpus/idleb-2020-02 --parallax=.build/debug/parallax
                                            # compare parallax's paragraphs with this reading

The check: every `REPORT ¶N "surface"` and every `¶N "surface"` under a `### REPORT`
heading in the README must quote text that occurs in that paragraph of that report.
Exit status 1 when a quote is not found.
"""

import html
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "div", "section", "article", "br"}
SKIP = {"nav", "aside", "footer", "header", "script", "style", "noscript", "form", "figure"}
JUNK_CLASS = re.compile(r"\b(share|share-block|tags|meta|byline|kicker|article-info|ad)\b")


def norm(text):
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00ad", "").replace("\u200b", "")
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


class BodyParser(HTMLParser):
    """Collects <p>/<h2>/<h3> blocks inside the main text container, dropping junk."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, in_main, skipping)
        self.blocks = []
        self.current = None
        self.jsonld = []
        self.in_jsonld = False
        self.buffer = ""
        self.main_depth = None
        self.skip_depth = None
        self.h1 = None
        self.lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "script" and a.get("type") == "application/ld+json":
            self.in_jsonld = True
            self.buffer = ""
        if tag in ("meta", "link", "br", "img", "input"):
            return
        self.stack.append(tag)
        depth = len(self.stack)
        is_main = tag == "article" or a.get("itemprop") == "articleBody"
        if self.main_depth is None and is_main:
            self.main_depth = depth
        cls = a.get("class") or ""
        if self.skip_depth is None and (tag in SKIP or JUNK_CLASS.search(cls)):
            self.skip_depth = depth
        if tag in ("p", "h2", "h3") and self.main_depth is not None and self.skip_depth is None:
            self.current = [tag, ""]
        if tag == "h1" and self.h1 is None:
            self.current = ["h1", ""]

    def handle_endtag(self, tag):
        if tag in ("meta", "link", "br", "img", "input"):
            return
        if tag == "script" and self.in_jsonld:
            self.in_jsonld = False
            self.jsonld.append(self.buffer)
        if self.current and self.current[0] == tag:
            text = norm(self.current[1])
            if tag == "h1":
                self.h1 = text
            elif text:
                self.blocks.append(("subheading" if tag != "p" else "body", text))
            self.current = None
        while self.stack:
            top = self.stack.pop()
            depth = len(self.stack) + 1
            if self.skip_depth == depth:
                self.skip_depth = None
            if self.main_depth == depth:
                self.main_depth = None
            if top == tag:
                break

    def handle_data(self, data):
        if self.in_jsonld:
            self.buffer += data
        elif self.current is not None:
            self.current[1] += data


def html_report(text):
    parser = BodyParser()
    parser.feed(text)
    title = parser.h1
    meta = {"lang": parser.lang}
    for blob in parser.jsonld:
        try:
            data = json.loads(blob)
        except ValueError:
            continue
        if data.get("@type") == "NewsArticle":
            title = data.get("headline", title)
            meta["published"] = data.get("datePublished")
            meta["lang"] = data.get("inLanguage", meta["lang"])
    return title, parser.blocks, meta


def fragment_blocks(fragment):
    """Paragraphs of an HTML fragment (feed content)."""
    parser = BodyParser()
    parser.main_depth = 0
    parser.feed(fragment)
    return parser.blocks


def local(tag):
    return tag.rsplit("}", 1)[-1]


def xml_blocks(element):
    blocks = []
    for node in element.iter():
        name = local(node.tag)
        if name in ("p", "h2", "h3", "hl2"):
            text = norm("".join(node.itertext()))
            if text:
                blocks.append(("body" if name == "p" else "subheading", text))
    return blocks


def find(element, name):
    for node in element.iter():
        if local(node.tag) == name:
            return node
    return None


def text_report(text):
    keys = {"date", "title", "outlet", "lang", "url", "byline", "updated"}
    lines = text.splitlines()
    meta, index = {}, 0
    while index < len(lines):
        line = lines[index].strip()
        match = re.match(r"^([a-z]+):?\s+(.*)$", line)
        if not line:
            index += 1
            continue
        if match and match.group(1) in keys:
            meta[match.group(1)] = match.group(2)
            index += 1
            continue
        break
    paragraphs, current = [], []
    for line in lines[index:]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    blocks = []
    for position, para in enumerate(paragraphs):
        short = len(para) <= 100 and not re.search(r"[.!?…:;,»\"”’)\]]$", para)
        last = position == len(paragraphs) - 1
        blocks.append(("subheading" if short and not last and position else "body", norm(para)))
    return meta.get("title"), blocks, meta


def reports(path):
    """Yields (report id, title, blocks, meta) for one file."""
    raw = path.read_text(encoding="utf-8")
    head = raw.lstrip()[:400]
    if not head.startswith("<"):
        title, blocks, meta = text_report(raw)
        yield path.name, title, blocks, meta
        return
    if head.lower().startswith("<!doctype html") or "<html" in head.lower():
        title, blocks, meta = html_report(raw)
        yield path.name, title, blocks, meta
        return
    root = ET.fromstring(raw.encode("utf-8"))
    name = local(root.tag)
    if name == "rss":
        for number, item in enumerate(root.iter("item")):
            content = item.find("{http://purl.org/rss/1.0/modules/content/}encoded")
            body = content.text if content is not None else item.findtext("description", "")
            yield f"{path.name}#{number}", norm(item.findtext("title", "")), fragment_blocks(
                body), {"published": item.findtext("pubDate")}
    elif name == "feed":
        atom = "{http://www.w3.org/2005/Atom}"
        for number, entry in enumerate(root.iter(atom + "entry")):
            content = entry.find(atom + "content")
            if content.get("type") == "xhtml":
                blocks = xml_blocks(content)
            else:
                blocks = fragment_blocks(content.text or "")
            yield f"{path.name}#{number}", norm(entry.findtext(atom + "title", "")), blocks, {
                "published": entry.findtext(atom + "published")}
    elif name in ("newsItem", "newsMessage"):
        item = root if name == "newsItem" else find(root, "newsItem")
        headline = norm(find(item, "headline").text)
        inline = find(item, "inlineXML")
        body = find(inline, "body.content")
        if body is None:
            body = find(inline, "body")
        yield path.name, headline, xml_blocks(body), {
            "published": find(item, "versionCreated").text}
    elif name == "nitf":
        yield path.name, norm("".join(find(root, "hl1").itertext())), xml_blocks(
            find(root, "body.content")), {"published": find(root, "date.issue").get("norm")}
    else:
        raise ValueError(f"{path}: unknown format {name}")


def story(folder):
    out = {}
    for path in sorted(Path(folder).iterdir()):
        if path.name == "README.md" or path.name.startswith("."):
            continue
        for rid, title, blocks, meta in reports(path):
            paragraphs = ([("headline", title)] if title else []) + blocks
            out[rid] = (paragraphs, meta)
    return out


MARK = re.compile(r"(?:(?P<rid>[\w.-]+(?:#\d+)?)\s+)?¶(?P<num>\d+)")
QUOTED = re.compile(r"\"([^\"]+)\"")


def check(folder):
    data = story(folder)
    readme = (Path(folder) / "README.md").read_text(encoding="utf-8")
    current, checked, failures = None, 0, []
    for number, line in enumerate(readme.splitlines(), 1):
        heading = re.match(r"^###\s+(\S+)\s*$", line)
        if heading:
            current = heading.group(1) if heading.group(1) in data else None
            continue
        if line.startswith("#"):
            current = None
        marks = list(MARK.finditer(line))
        for position, mark in enumerate(marks):
            rid = mark.group("rid") if mark.group("rid") in data else current
            if rid is None:
                continue
            stop = marks[position + 1].start() if position + 1 < len(marks) else len(line)
            paragraphs = data[rid][0]
            index = int(mark.group("num"))
            for quoted in QUOTED.finditer(line, mark.end(), stop):
                for piece in quoted.group(1).split(" … "):
                    checked += 1
                    # NBSP and narrow NBSP are written as plain spaces in the README.
                    text = paragraphs[index][1] if index < len(paragraphs) else ""
                    text = text.replace("\u00a0", " ").replace("\u202f", " ")
                    if piece not in text:
                        failures.append(f"README.md:{number}: {rid} ¶{index} lacks \"{piece}\"")
    for failure in failures:
        print(failure)
    print(f"{folder}: {checked} quotes checked, {len(failures)} not found")
    return not failures


def compare(binary, folder):
    """Compares `parallax show --format json` with this script's reading, paragraph by paragraph."""
    import subprocess

    expected = story(folder)
    mismatches = 0
    for rid, (paragraphs, _) in expected.items():
        path = str(Path(folder) / rid)
        run = subprocess.run([binary, "show", "--format", "json", path], capture_output=True,
                             text=True, check=False)
        try:
            got = [norm(p["text"]) for p in json.loads(run.stdout)[0]["paragraphs"]]
        except (ValueError, IndexError, KeyError):
            print(f"{path}: no JSON from parallax ({run.stderr.strip()[:120]})")
            mismatches += 1
            continue
        want = [norm(text) for _, text in paragraphs]
        if got != want:
            mismatches += 1
            print(f"{path}: parallax gives {len(got)} paragraphs, README numbering {len(want)}")
            for index in range(max(len(got), len(want))):
                left = got[index] if index < len(got) else "-"
                right = want[index] if index < len(want) else "-"
                if left != right:
                    print(f"  ¶{index} parallax: {left[:70]}")
                    print(f"  ¶{index} expected: {right[:70]}")
                    break
    print(f"{folder}: {len(expected) - mismatches}/{len(expected)} reports read as numbered")
    return mismatches == 0


def main(argv):
    folders = [a for a in argv if not a.startswith("--")]
    binary = next((a.split("=", 1)[1] for a in argv if a.startswith("--parallax=")), None)
    ok = True
    for folder in folders:
        if binary:
            ok = compare(binary, folder) and ok
            continue
        if "--show" in argv:
            for rid, (paragraphs, meta) in story(folder).items():
                print(f"== {rid}  {meta}")
                for index, (kind, text) in enumerate(paragraphs):
                    print(f"  ¶{index} [{kind}] {text}")
        else:
            ok = check(folder) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
