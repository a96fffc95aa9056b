#!/usr/bin/env bash
# `parallax diff` as a whole process on many reports of a story: the Corpus stories' reports,
# copied under new names until there are REPORTS of them (copies of one text are what a
# wire's reprints look like). CPU time (user+sys) first, then wall time and peak memory.
#
#   Scripts/bench-diff.sh                  # release build of this checkout, 50 reports, 7 runs
#   REPORTS=100 RUNS=5 Scripts/bench-diff.sh
#   BIN=/other/.build-release/release/parallax Scripts/bench-diff.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
REPORTS=${REPORTS:-50}
SCRATCH=${SCRATCH:-.build-release}
if [ -z "${BIN:-}" ]; then
  swift build -c release --scratch-path "$SCRATCH" --product parallax 2>&1 | tail -1 >&2
  BIN="$SCRATCH/release/parallax"
fi
story="$(mktemp -d)"
trap 'rm -rf "$story"' EXIT
copy=0
while [ "$(ls "$story" | wc -l)" -lt "$REPORTS" ]; do
  copy=$((copy + 1))
  for file in Corpus/idleb-2020-02/* Corpus/helior-karayel-2025-06/*; do
    case "$file" in *.md) continue ;; esac
    [ "$(ls "$story" | wc -l)" -lt "$REPORTS" ] || break
    cp "$file" "$story/$copy-$(basename "$file")"
  done
done
count="$("$BIN" list "$story" | grep -c . || true)"
echo "bench-diff: $REPORTS files, $count reports (feeds hold several)"
python3 Scripts/bench-process.py "diff of $count reports" "$RUNS" "$BIN" diff "$story" --format json
