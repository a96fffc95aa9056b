import Foundation

/// Timing, memory and child-process helpers shared by the benchmarks.
enum BenchTools {
  /// Seconds taken by `body`, on the monotonic clock.
  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// Wall-clock and CPU seconds of one measurement.
  struct Timing {
    /// Wall-clock seconds.
    var wall: Double
    /// CPU seconds (user + system) of this process, or of the child for child processes.
    var cpu: Double
  }

  /// User plus system CPU seconds of this process (`RUSAGE_SELF`) or of its waited-for
  /// children (`RUSAGE_CHILDREN`).
  static func cpuSeconds(children: Bool = false) -> Double {
    var usage = rusage()
    getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }

  /// Wall-clock and CPU seconds taken by `body`.
  static func timing(_ body: () throws -> Void) rethrows -> Timing {
    let cpu = cpuSeconds()
    let wall = try seconds(body)
    return Timing(wall: wall, cpu: cpuSeconds() - cpu)
  }

  /// CPU seconds used so far by the calling thread.
  static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// The median of `values` (the mean of the two middle ones for an even count).
  static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// A field of /proc/self/status in kB (`VmHWM`, `VmRSS`), or nil where there is none.
  static func procStatusKB(_ field: String) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
      let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
      return Int(digits)
    }
    return nil
  }

  /// Peak resident memory of this process in MB (VmHWM, else getrusage's ru_maxrss).
  static func peakRSSMB() -> Double {
    if let kilobytes = procStatusKB("VmHWM") { return Double(kilobytes) / 1024 }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  /// `key=value` pairs of a text.
  static func fields(_ output: String) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in output.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let parts = pair.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
    }
    return fields
  }

  /// The 1-, 5- and 15-minute load averages (`/proc/loadavg`), or "unknown".
  static func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else {
      return "unknown"
    }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  /// The size of a file in bytes (0 when it cannot be read).
  static func fileSize(_ path: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.size] as? NSNumber)?.intValue ?? 0
  }

  /// Where an executable is on PATH, or nil.
  static func which(_ name: String) -> String? {
    if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// What a child process gave: its exit status, standard output and wall-clock time.
  struct ChildResult {
    /// The exit status (or the signal number for a killed child).
    var status: Int32
    /// Everything the child wrote to standard output.
    var output: String
    /// Everything the child wrote to standard error.
    var errors: String
    /// Wall-clock seconds from launch to exit.
    var seconds: Double
    /// CPU seconds (user + system) the child used.
    var cpu: Double
  }

  /// Runs `executable` with `arguments`, waits, and returns what it gave.
  static func run(_ executable: String, _ arguments: [String]) throws -> ChildResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let outFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-bench-\(UUID().uuidString).out")
    let errFile = outFile.appendingPathExtension("err")
    _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: outFile)
      try? FileManager.default.removeItem(at: errFile)
    }
    let out = try FileHandle(forWritingTo: outFile)
    let err = try FileHandle(forWritingTo: errFile)
    process.standardOutput = out
    process.standardError = err
    let childCPU = cpuSeconds(children: true)
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    process.waitUntilExit()
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu = cpuSeconds(children: true) - childCPU
    try? out.close()
    try? err.close()
    let output = (try? String(contentsOf: outFile, encoding: .utf8)) ?? ""
    let errors = (try? String(contentsOf: errFile, encoding: .utf8)) ?? ""
    return ChildResult(
      status: process.terminationStatus, output: output, errors: errors, seconds: elapsed,
      cpu: cpu)
  }

  /// The path of the running executable.
  static var selfPath: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }

  /// `value` with `digits` decimals.
  static func format(_ value: Double, _ digits: Int = 1) -> String {
    String(format: "%.\(digits)f", value)
  }
}
