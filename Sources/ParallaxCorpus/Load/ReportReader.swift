/// A reader for one format: bytes in, reports and diagnostics out.
///
/// Readers hand each report to `emit` as soon as it is complete, so a 200 MB feed never
/// sits in memory whole. A reader never throws for bad input: it reports a diagnostic and
/// goes on with what can still be read.
protocol ReportReader {
  /// Reads every report in `input`.
  func read(_ input: InputFile, into sink: inout ReportSink) throws
}

/// Where a reader puts what it finds.
struct ReportSink {
  /// Called with each report as it is finished (it may change it: the language is resolved
  /// in place).
  let emit: (inout Report) throws -> Void
  /// Diagnostics found so far.
  var diagnostics: [Diagnostic] = []
  /// How many reports were emitted.
  var count = 0

  init(emit: @escaping (inout Report) throws -> Void) { self.emit = emit }

  /// Hands a finished report on.
  mutating func add(_ report: Report) throws {
    var report = report
    try add(inPlace: &report)
  }

  /// Hands a finished report on without copying it; the report is left changed.
  mutating func add(inPlace report: inout Report) throws {
    count += 1
    try emit(&report)
  }

  /// Records a problem.
  mutating func diagnose(
    _ severity: Diagnostic.Severity, _ path: String, line: Int? = nil, column: Int? = nil,
    _ message: String
  ) {
    diagnostics.append(
      Diagnostic(severity, SourceLocation(path: path, line: line, column: column), message))
  }
}
