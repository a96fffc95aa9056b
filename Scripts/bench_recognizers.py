#!/usr/bin/env python3
"""Peer timing for `parallax-bench facts`: ms-recognizers-text-number's French
NumberRecognizer on a text file (paragraphs separated by blank lines).

Usage: python3 Scripts/bench_recognizers.py TEXT
Prints `bytes=B seconds=S cpu=C results=R mbps=M` (S wall-clock, C CPU seconds). Model construction and the first call
(which compiles its regular expressions, ~3 s) are warmed up outside the timing.
"""

import sys
import time

from ms_recognizers_number import Culture, NumberRecognizer


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        paragraphs = [p.strip() for p in handle.read().split("\n\n") if p.strip()]
    model = NumberRecognizer(Culture.French).get_number_model()
    model.parse("Au moins vingt-deux soldats, 1 500 blessés et 2,5 %.")
    size = sum(len(p.encode("utf-8")) for p in paragraphs)
    results = 0
    start = time.perf_counter()
    cpu = time.process_time()
    for paragraph in paragraphs:
        results += len(model.parse(paragraph))
    cpu = time.process_time() - cpu
    elapsed = time.perf_counter() - start
    print(f"bytes={size} seconds={elapsed:.3f} cpu={cpu:.3f} results={results} "
          f"mbps={size / elapsed / 1e6:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
