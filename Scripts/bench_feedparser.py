#!/usr/bin/env python3
"""Peer timing for `parallax-bench feed`: feedparser.parse on a feed file.

Usage: python3 Scripts/bench_feedparser.py FEED [--runs N]
Prints one line per run, `run=N wall=SECONDS cpu=SECONDS entries=E bozo=B`, then the
median wall-clock time.
The file is read into memory before timing, so disk reads do not count.
"""

import statistics
import sys
import time

import feedparser


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = argv[1]
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    with open(path, "rb") as handle:
        data = handle.read()
    seconds = []
    for run in range(1, runs + 1):
        start = time.perf_counter()
        cpu = time.process_time()
        result = feedparser.parse(data)
        cpu = time.process_time() - cpu
        elapsed = time.perf_counter() - start
        seconds.append(elapsed)
        print(f"run={run} wall={elapsed:.3f} cpu={cpu:.3f} entries={len(result.entries)} "
              f"bozo={int(result.bozo)}", flush=True)
    print(f"median_wall={statistics.median(seconds):.3f} feedparser={feedparser.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
