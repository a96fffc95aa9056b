#!/usr/bin/env bash
# `parallax compare` of two 5,000-word reports as a whole process, run from the repository's
# root so that the shipped Glossaries/ are loaded: the French report of the Idleb story and
# its English translation, each repeated to 5,000 words (the files Scripts/bench-check.py
# writes). CPU time (user+sys) first, then wall time and peak memory.
#
#   Scripts/bench-compare.sh                # release build of this checkout, 11 runs
#   BIN=/other/.build-release/release/parallax RUNS=5 Scripts/bench-compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-11}
SCRATCH=${SCRATCH:-.build-release}
if [ -z "${BIN:-}" ]; then
  swift build -c release --scratch-path "$SCRATCH" --product parallax 2>&1 | tail -1 >&2
  BIN="$SCRATCH/release/parallax"
fi
export BENCH_DIR=${BENCH_DIR:-/tmp/parallax-bench-check}
python3 Scripts/bench-check.py --binary "$BIN" --runs 1 >/dev/null
python3 Scripts/bench-process.py "compare of two 5,000-word reports" "$RUNS" "$BIN" compare \
  "$BENCH_DIR/source-fr.txt" "$BENCH_DIR/target-en.txt" --format json
