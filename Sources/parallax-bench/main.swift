// Benchmarks live here (to come): see BENCHMARKS.md.
print("parallax-bench: no benchmarks yet")
