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
"$BIN" facts "$REPORT" >/dev/null # warm the page cache
# The child's user+sys time from wait4's rusage (microseconds; GNU time rounds to 10 ms).
python3 - "$BIN" "$REPORT" "$RUNS" <<'PY'
import os, statistics, subprocess, sys, time
binary, report, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
cpu, wall = [], []
for run in range(runs):
    start = time.perf_counter()
    child = subprocess.Popen([binary, "facts", report], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall.append((time.perf_counter() - start) * 1000)
    if status != 0:
        sys.exit(f"bench-startup: {binary} exited with status {status}")
    cpu.append((usage.ru_utime + usage.ru_stime) * 1000)
    print(f"run {run + 1:2}: cpu {cpu[-1]:6.1f} ms (user {usage.ru_utime * 1000:.1f}, "
          f"sys {usage.ru_stime * 1000:.1f})  wall {wall[-1]:6.1f} ms")
print(f"startup: {binary} facts {report}: cpu median {statistics.median(cpu):.1f} ms "
      f"(min {min(cpu):.1f}, max {max(cpu):.1f}), wall median {statistics.median(wall):.1f} ms, "
      f"{runs} runs; load average {os.getloadavg()[0]:.1f}")
PY
