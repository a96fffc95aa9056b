import Foundation
import ParallaxCorpus

/// The most text one report may hold for the facts stage, which keeps all of a report's
/// paragraphs, tokens and facts in memory at once (about 50 bytes for each byte of text, and
/// more again for its JSON: BENCHMARKS.md, "One large report"). A report over it is refused
/// with an error naming it and the paragraph that crosses the limit; the other reports are
/// read as usual. `PARALLAX_MAX_REPORT_MB` sets another limit.
enum ReportSizeLimit {
  /// The default limit, in megabytes (10^6 bytes) of UTF-8 paragraph text.
  static let defaultMegabytes = 8

  /// The limit in force, in megabytes.
  static var megabytes: Int {
    ProcessInfo.processInfo.environment["PARALLAX_MAX_REPORT_MB"].flatMap { Int($0) }
      .flatMap { $0 > 0 ? $0 : nil } ?? defaultMegabytes
  }

  /// The error for `report` when its text is over `megabytes`, else `nil`.
  static func refusal(_ report: Report) -> Diagnostic? {
    let limit = megabytes
    let bytes = limit * 1_000_000
    var total = 0
    var crossing: Int?
    for paragraph in report.paragraphs {
      total += paragraph.text.utf8.count
      if crossing == nil, total > bytes { crossing = paragraph.index }
    }
    guard let crossing else { return nil }
    let size = String(format: "%.1f", Double(total) / 1_000_000)
    return Diagnostic(
      .error, SourceLocation(path: report.id),
      "this report holds \(size) MB of text, over the \(limit) MB one report may hold for "
        + "its facts (¶\(crossing) crosses it): its facts are held in memory together, so it is "
        + "left out; split it into several reports, or set PARALLAX_MAX_REPORT_MB")
  }
}
