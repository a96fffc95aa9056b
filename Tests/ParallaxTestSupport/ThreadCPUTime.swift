import Foundation

/// The CPU time the calling thread spends, for tests that bound the work of a hostile input
/// (a quadratic blow-up) rather than time it: the machine is shared, so wall time measures
/// the other processes as much as ours, while the thread's CPU time does not.
public enum ThreadCPUTime {
  /// This thread's CPU time in seconds so far.
  public static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// The seconds of this thread's CPU time that `body` takes.
  public static func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = now()
    try body()
    return now() - start
  }
}
