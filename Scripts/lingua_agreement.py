#!/usr/bin/env python3
"""Identifies each paragraph of the language fixtures with lingua-language-detector, the
independent checker of Parallax's language identification (never used at run time).

Reads every <code>.txt in the folder given (default Tests/ParallaxCorpusTests/Fixtures/
language), paragraphs separated by blank lines, and prints one line per paragraph:
file code, paragraph index (from 0), lingua's answer (ISO 639-1, or '-' for none).
Lingua chooses among the same 14 languages Parallax knows.

With --prefix N, each paragraph is first cut to its first N code points, back to the last
space (the same cut as LanguageIdentificationTests.snippet).

Usage: python3 Scripts/lingua_agreement.py [--prefix N] [FOLDER]
"""
import os
import sys

from lingua import Language, LanguageDetectorBuilder

LANGUAGES = [
    Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
    Language.PORTUGUESE, Language.DUTCH, Language.TURKISH, Language.ARABIC, Language.PERSIAN,
    Language.RUSSIAN, Language.UKRAINIAN, Language.CHINESE, Language.JAPANESE,
]


def paragraphs(path):
    with open(path, encoding="utf-8") as f:
        text = f.read().replace("\r\n", "\n")
    blocks = []
    for block in text.split("\n\n"):
        block = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if block:
            blocks.append(block)
    return blocks


def snippet(text, length):
    if len(text) <= length:
        return text
    cut = text[:length]
    return cut[:cut.rindex(" ")] if " " in cut else cut


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    args = sys.argv[1:]
    prefix = None
    if len(args) >= 2 and args[0] == "--prefix":
        prefix = int(args[1])
        args = args[2:]
    folder = args[0] if args else os.path.join(
        root, "Tests/ParallaxCorpusTests/Fixtures/language")
    detector = LanguageDetectorBuilder.from_languages(*LANGUAGES).build()
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        code = name[:-4]
        for index, paragraph in enumerate(paragraphs(os.path.join(folder, name))):
            if prefix is not None:
                paragraph = snippet(paragraph, prefix)
            found = detector.detect_language_of(paragraph)
            answer = found.iso_code_639_1.name.lower() if found else "-"
            print(f"{code}\t{index}\t{answer}")


if __name__ == "__main__":
    main()
