import ParallaxCorpus
import ParallaxFacts

/// The terminal view of facts: each paragraph with its evidence bracketed, then one line
/// per fact.
enum FactsText {
  static func render(_ report: Report, _ facts: ReportFacts) -> String {
    var lines: [String] = []
    var header = "== \(report.id) · \(facts.language)"
    if let anchor = facts.anchorDate { header += " · dates from \(anchor.iso)" }
    lines.append(header)
    for paragraph in facts.paragraphs {
      guard paragraph.index < report.paragraphs.count else { continue }
      let text = report.paragraphs[paragraph.index].text
      lines.append("")
      lines.append("¶\(paragraph.index) " + bracketed(text, paragraph))
      for (index, figure) in paragraph.figures.enumerated() {
        var line = "  figure #\(index)  \(value(figure))"
        if let measure = figure.measure, !measure.isEmpty { line += "  \(measure.key)" }
        if figure.status != .plain { line += "  (\(figure.status.rawValue))" }
        line += "  \"\(figure.text)\" \(figure.expressionRange)"
        let sources = paragraph.attributions.filter { $0.figures.contains(index) }
          .compactMap(\.source)
        if !sources.isEmpty { line += "  source: " + sources.joined(separator: "; ") }
        lines.append(line)
      }
      for date in paragraph.dates {
        lines.append(
          "  date    \(date.date?.iso ?? "?") (\(date.certainty.rawValue))  \"\(date.text)\" "
            + "\(date.range)")
      }
      for entity in paragraph.entities {
        var line = "  entity  \(entity.kind.rawValue)  \(entity.text)"
        if let title = entity.title { line += "  title: \(title)" }
        if let expansion = entity.expansion { line += "  = \(expansion)" }
        line += "  [\(entity.key)] \(entity.range)"
        lines.append(line)
      }
      for attribution in paragraph.attributions {
        var line = "  source  \(attribution.source ?? "—")"
        if let cue = attribution.cue { line += "  cue: \(cue)" }
        if let channel = attribution.channel { line += "  via: \(channel)" }
        if let entity = attribution.sourceEntity { line += "  [\(entity)]" }
        line += "  covers \(attribution.content)"
        if !attribution.figures.isEmpty {
          line += "  figures " + attribution.figures.map { "#\($0)" }.joined(separator: " ")
        }
        if let quote = attribution.quote { line += "  quote \(quote)" }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `≥ 22`, `> 30`, `20–30`, `~ plusieurs (vague)`.
  static func value(_ figure: Figure) -> String {
    var number = figure.value.description
    if figure.kind == .percent { number += " %" }
    if let currency = figure.currency { number += " \(currency)" }
    switch figure.qualifier {
    case .exact: return number
    case .atLeast: return "≥ " + number
    case .moreThan: return "> " + number
    case .atMost: return "≤ " + number
    case .lessThan: return "< " + number
    case .about: return "≈ " + number
    case .upTo: return "up to " + number
    case .range: return number + "–" + (figure.upper?.description ?? "?")
    case .vague: return "vague (~\(number))"
    }
  }

  /// The paragraph with [figures], {dates}, ⟨entities⟩ and ‹sources and cues› marked;
  /// a mark overlapping an earlier one is left out.
  static func bracketed(_ text: String, _ facts: ParagraphFacts) -> String {
    var marks: [(range: TextRange, open: String, close: String)] = []
    marks += facts.figures.map { ($0.expressionRange, "[", "]") }
    marks += facts.dates.map { ($0.range, "{", "}") }
    marks += facts.entities.map { ($0.range, "⟨", "⟩") }
    for attribution in facts.attributions {
      if let range = attribution.cueRange { marks.append((range, "‹", "›")) }
    }
    marks.sort { $0.range < $1.range }
    var kept: [(range: TextRange, open: String, close: String)] = []
    for mark in marks where !kept.contains(where: { $0.range.overlaps(mark.range) }) {
      kept.append(mark)
    }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var position = 0
    for mark in kept where mark.range.start >= position && mark.range.end <= scalars.count {
      out.append(contentsOf: scalars[position..<mark.range.start])
      out.append(contentsOf: mark.open.unicodeScalars)
      out.append(contentsOf: scalars[mark.range.start..<mark.range.end])
      out.append(contentsOf: mark.close.unicodeScalars)
      position = mark.range.end
    }
    out.append(contentsOf: scalars[min(position, scalars.count)...])
    return String(out)
  }
}
