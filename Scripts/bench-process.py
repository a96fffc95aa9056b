#!/usr/bin/env python3
"""CPU time (user+sys, from wait4's rusage) of whole `parallax` processes: each run printed,
then the medians, CPU first. Standard library only.

    Scripts/bench-process.py NAME RUNS BINARY ARG...
"""
import os
import statistics
import subprocess
import sys
import time

name, runs, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm the cache
cpu, wall, peak = [], [], []
for run in range(runs):
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall.append((time.perf_counter() - start) * 1000)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) > 1 or os.WIFSIGNALED(status):
        sys.exit(f"{name}: {' '.join(command)} failed with status {status}")
    cpu.append((usage.ru_utime + usage.ru_stime) * 1000)
    peak.append(usage.ru_maxrss / 1024)
    print(f"run {run + 1:2}: cpu {cpu[-1]:7.1f} ms (user {usage.ru_utime * 1000:.1f}, "
          f"sys {usage.ru_stime * 1000:.1f})  wall {wall[-1]:7.1f} ms  peak {peak[-1]:.0f} MB")
print(f"{name}: cpu median {statistics.median(cpu):.1f} ms (min {min(cpu):.1f}, "
      f"max {max(cpu):.1f}), wall median {statistics.median(wall):.1f} ms, peak "
      f"{max(peak):.0f} MB, {runs} runs; load average {os.getloadavg()[0]:.1f}")
