import ParallaxCorpus
import ParallaxFacts

/// The terminal view of facts: each paragraph with its evidence bracketed, then one line
/// per fact.
enum FactsText {
  static func render(_ report: Report, _ facts: ReportFacts, style: Style = Style(enabled: false))
    -> String
  {
    var lines: [String] = []
    var header = "== \(report.id) · \(facts.language)"
    if let anchor = facts.anchorDate { header += " · dates from \(anchor.iso)" }
    lines.append(style.paint(header, .header))
    for paragraph in facts.paragraphs {
      guard paragraph.index < report.paragraphs.count else { continue }
      let text = report.paragraphs[paragraph.index].text
      lines.append("")
      lines.append(
        style.paint("¶\(paragraph.index)", .dim) + " " + bracketed(text, paragraph, style))
      var sourcesOf: [Int: [String]] = [:]
      for attribution in paragraph.attributions {
        for figure in attribution.figures {
          sourcesOf[figure, default: []].append(attribution.source ?? "—")
        }
      }
      for (index, figure) in paragraph.figures.enumerated() {
        var line = "  " + style.paint("figure #\(index)", .figure) + "  \(value(figure))"
        if let measure = figure.measure, !measure.isEmpty { line += "  \(measure.key)" }
        if figure.status != .plain { line += "  (\(figure.status.rawValue))" }
        line += "  \"\(figure.text)\" \(figure.expressionRange)"
        let sources = sourcesOf[index] ?? []
        if !sources.isEmpty { line += "  source: " + sources.joined(separator: "; ") }
        lines.append(line)
      }
      for date in paragraph.dates {
        lines.append(
          "  " + style.paint("date   ", .date)
            + " \(date.date?.iso ?? "?") (\(date.certainty.rawValue))  \"\(date.text)\" "
            + "\(date.range)")
      }
      for entity in paragraph.entities {
        var line =
          "  " + style.paint("entity", .entity) + "  \(entity.kind.rawValue)  \(entity.text)"
        if let title = entity.title { line += "  title: \(title)" }
        if let expansion = entity.expansion { line += "  = \(expansion)" }
        line += "  [\(entity.key)] \(entity.range)"
        lines.append(line)
      }
      for attribution in paragraph.attributions {
        var line = "  " + style.paint("source", .cue) + "  \(attribution.source ?? "—")"
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
  static func bracketed(
    _ text: String, _ facts: ParagraphFacts, _ style: Style = Style(enabled: false),
    marks symbols: Marks = .brackets
  ) -> String {
    var marks: [EvidenceMarks.Mark] = []
    func add(_ range: TextRange, _ pair: (String, String), _ role: Style.Role) {
      marks.append((range, style.start(role) + pair.0, pair.1 + style.reset))
    }
    for figure in facts.figures { add(figure.expressionRange, symbols.figure, .figure) }
    for date in facts.dates { add(date.range, symbols.date, .date) }
    for entity in facts.entities { add(entity.range, symbols.entity, .entity) }
    for attribution in facts.attributions {
      if let range = attribution.cueRange { add(range, symbols.cue, .cue) }
      if let range = attribution.cueTailRange { add(range, symbols.cue, .cue) }
    }
    return EvidenceMarks.weave(text, marks) { $0 }
  }

  /// The signs around each kind of evidence.
  struct Marks: Sendable {
    var figure: (String, String)
    var date: (String, String)
    var entity: (String, String)
    var cue: (String, String)

    /// `[figure] {date} ⟨entity⟩ ‹cue›`, the terminal's marks.
    static let brackets = Marks(
      figure: ("[", "]"), date: ("{", "}"), entity: ("⟨", "⟩"), cue: ("‹", "›"))
  }
}
