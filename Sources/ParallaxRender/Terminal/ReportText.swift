import Foundation
import ParallaxCorpus

/// The terminal views of reports: a line per report (`list`), a report cleaned (`show`).
public enum ReportText {
  /// `id  lang  date  outlet  title  (N ¶)`, tab-separated.
  public static func listLine(_ report: Report, style: TerminalStyle = .plain) -> String {
    let language = report.language.map { $0.code + ($0.origin == .identified ? "?" : "") } ?? "-"
    let date = report.published?.iso ?? report.updated?.iso ?? "-"
    let outlet = report.outlet ?? "-"
    let title = report.title ?? report.paragraphs.first?.text ?? ""
    return [
      style.paint(report.id, .header), style.paint(language, .label), date, outlet,
      TextColumns.clip(title, 70), "\(report.paragraphs.count) ¶",
    ]
    .joined(separator: "\t")
  }

  /// Metadata, then numbered paragraphs.
  public static func render(_ report: Report, style: TerminalStyle = .plain) -> String {
    var lines: [String] = [style.paint("== \(report.id)", .header)]
    func field(_ name: String, _ value: String?) {
      if let value, !value.isEmpty {
        lines.append(
          style.paint(name.padding(toLength: 10, withPad: " ", startingAt: 0), .label) + value)
      }
    }
    field("format", report.format.rawValue)
    field("outlet", report.outlet)
    if let language = report.language {
      var text = language.code + " (\(language.origin.rawValue)"
      if language.origin == .identified {
        text += String(format: ", %.2f", language.confidence)
      }
      if let declared = language.declared, language.origin != .declared {
        text += ", declared \(declared)"
      }
      field("language", text + ")")
    }
    field("title", report.title)
    field("published", report.published?.iso)
    field("updated", report.updated?.iso)
    field("url", report.url)
    field("byline", report.byline)
    field("credit", report.credit)
    field("dateline", report.dateline)
    field("guid", report.guid)
    lines.append("")
    for paragraph in report.paragraphs {
      let tag: String
      switch paragraph.kind {
      case .headline: tag = "H"
      case .lead: tag = "L"
      case .subheading: tag = "§"
      case .body: tag = " "
      }
      lines.append(style.paint("¶\(paragraph.index) \(tag)", .dim) + " \(paragraph.text)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
