#!/usr/bin/env bash
# Start-up cost: CPU time (user+sys) of one whole `parallax facts` process on one short
# French report, the floor of every scripted compare/check run. Prints each run and the
# medians (CPU first, then wall). Needs python3 (standard library only).
#
#   Scripts/bench-startup.sh                      # release build of this checkout, 15 runs
#   RUNS=30 Scripts/bench-startup.sh
#   BIN=/other/.build-release/release/parallax Scripts/bench-startup.sh   # A/B another build
#   REPORT=Corpus/idleb-2020-02/fr-echo.txt Scripts/bench-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
SCRATCH=${SCRATCH:-.build-release}
REPORT=${REPORT:-Corpus/idleb-2020-02/fr-echo.txt}
if [ -z "${BIN:-}" ]; then
  swift build -c release --scratch-path "$SCRATCH" --product parallax 2>&1 | tail -1 >&2
  BIN="$SCRATCH/release/parallax"
fi
[ -x "$BIN" ] || { echo "bench-startup: no executable at $BIN" >&2; exit 2; }
[ -f "$REPORT" ] || { echo "bench-startup: no report at $REPORT" >&2; exit 2; }
python3 Scripts/bench-process.py startup "$RUNS" "$BIN" facts "$REPORT"
