#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md: builds release binaries, generates the feeds and the
# French text into $BENCH_DIR (default /tmp/parallax-bench; never committed), times Parallax
# beside xmllint, feedparser and ms-recognizers-text-number, and prints a summary.
#
#   Scripts/bench.sh            # everything (about 5 minutes on 2 shared cores)
#   RUNS=3 Scripts/bench.sh     # fewer runs
#   SKIP_BIG=1 Scripts/bench.sh # without the 200 MB feed
#   FRESH=1 Scripts/bench.sh    # regenerate the feeds even if they exist
#
# Peers: apt libxml2-utils (xmllint); pip install -r Scripts/requirements-test.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PY_RUNS=${PY_RUNS:-3}
BENCH_DIR=${BENCH_DIR:-/tmp/parallax-bench}
SCRATCH=${SCRATCH:-.build-release}
mkdir -p "$BENCH_DIR"
if [ -n "${FRESH:-}" ]; then rm -f "$BENCH_DIR"/feed-20k.xml "$BENCH_DIR"/feed-200k.xml; fi
LOG="$BENCH_DIR/bench.log"
: >"$LOG"

echo "== build (release)"
swift build -c release --scratch-path "$SCRATCH" --product parallax-bench 2>&1 | tail -1
swift build -c release --scratch-path "$SCRATCH" --product parallax 2>&1 | tail -1
BIN="$SCRATCH/release"

echo "== machine"
echo "$(nproc) cores, $(uname -srm), $(swift --version 2>&1 | head -1)" | tee -a "$LOG"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"

echo "== generate"
FEED20="$BENCH_DIR/feed-20k.xml"
FEED200="$BENCH_DIR/feed-200k.xml"
[ -s "$FEED20" ] || "$BIN/parallax-bench" generate "$FEED20" --items 20000
if [ -z "${SKIP_BIG:-}" ]; then
  [ -s "$FEED200" ] || "$BIN/parallax-bench" generate "$FEED200" --items 200000
fi
ls -l "$BENCH_DIR"/feed-*.xml

echo "== feed: 20 MB, parallax vs xmllint --noout vs feedparser"
"$BIN/parallax-bench" feed "$FEED20" --runs "$RUNS" --feedparser-runs "$PY_RUNS" | tee -a "$LOG"

if [ -z "${SKIP_BIG:-}" ]; then
  echo "== memory: 200 MB feed in a child process"
  "$BIN/parallax-bench" memory "$FEED200" | tee -a "$LOG"
  if [ -x /usr/bin/time ]; then
    echo "== memory: parallax list on the 200 MB feed, /usr/bin/time -v"
    /usr/bin/time -v "$BIN/parallax" list "$FEED200" >/dev/null 2>"$BENCH_DIR/time-list.txt" || true
    grep -E "Maximum resident|Elapsed|Exit status" "$BENCH_DIR/time-list.txt" | tee -a "$LOG"
    rss=$(awk '/Maximum resident/ {print $NF}' "$BENCH_DIR/time-list.txt")
    echo "summary list200 peak_rss_mb=$((rss / 1024))" | tee -a "$LOG"
  fi
fi

echo "== facts: figure-dense generated French text, one core, vs ms-recognizers-text-number"
"$BIN/parallax-bench" facts --megabytes 3 --runs "$RUNS" --python-kilobytes 100 | tee -a "$LOG"

echo "== facts: French news copy (Corpus/ and the seed), one core, vs ms-recognizers-text-number"
"$BIN/parallax-bench" facts --copy Corpus,../shared/seeds --megabytes 3 --runs "$RUNS" \
  --python-kilobytes 100 | tee -a "$LOG"

echo "== summary"
grep '^summary' "$LOG"
