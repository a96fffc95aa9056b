import ParallaxCorpus
import ParallaxFacts

/// The terminal view of an analyzed report: each paragraph with its evidence bracketed,
/// then one line per fact with its id.
public enum FactsText {
  /// The whole report.
  public static func render(_ report: AnalyzedReport, style: TerminalStyle = .plain) -> String {
    var lines: [String] = []
    var header = "== \(report.id) · \(report.language)"
    if let anchor = report.anchorDate { header += " · dates from \(anchor.iso)" }
    lines.append(style.paint(header, .header))
    for paragraph in report.paragraphs {
      lines.append("")
      lines.append(
        style.paint("¶\(paragraph.index)", .dim) + " " + bracketed(paragraph, style))
      for fact in paragraph.figures {
        let figure = fact.figure
        var line = "  " + style.paint("figure", .figure) + " " + style.paint("\(fact.id)", .dim)
        line += "  \(FactWording.value(figure))"
        if let measure = figure.measure, !measure.isEmpty { line += "  \(measure.key)" }
        if figure.status != .plain { line += "  (\(figure.status.rawValue))" }
        line += "  \"\(figure.text)\" \(figure.expressionRange)"
        let sources = FactWording.sources(of: fact, in: paragraph)
        if !sources.isEmpty { line += "  source: " + sources.joined(separator: "; ") }
        lines.append(line)
      }
      for fact in paragraph.dates {
        lines.append(
          "  " + style.paint("date  ", .date) + " " + style.paint("\(fact.id)", .dim)
            + "  \(FactWording.date(fact.date))  \"\(fact.date.text)\" \(fact.date.range)")
      }
      for fact in paragraph.entities {
        let entity = fact.entity
        var line = "  " + style.paint("entity", .entity) + " " + style.paint("\(fact.id)", .dim)
        line += "  \(entity.kind.rawValue)  \(entity.text)"
        if let title = entity.title { line += "  title: \(title)" }
        if let expansion = entity.expansion { line += "  = \(expansion)" }
        line += "  [\(entity.key)] \(entity.range)"
        lines.append(line)
      }
      for fact in paragraph.attributions {
        let attribution = fact.attribution
        var line = "  " + style.paint("source", .cue) + " " + style.paint("\(fact.id)", .dim)
        line += "  \(attribution.source ?? "—")"
        if let cue = attribution.cue { line += "  cue: \(cue)" }
        if let channel = attribution.channel { line += "  via: \(channel)" }
        if let entity = attribution.sourceEntity { line += "  [\(entity)]" }
        line += "  covers \(attribution.content)"
        if !fact.figures.isEmpty {
          line += "  figures " + fact.figures.map(\.description).joined(separator: " ")
        }
        if let quote = attribution.quote { line += "  quote \(quote)" }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The paragraph with [figures], {dates}, ⟨entities⟩ and ‹sources and cues› marked;
  /// a mark overlapping an earlier one is left out.
  public static func bracketed(
    _ paragraph: AnalyzedReport.Paragraph, _ style: TerminalStyle = .plain
  ) -> String {
    var marks: [EvidenceMarks.Mark] = []
    func add(_ range: TextRange, _ pair: (String, String), _ role: TerminalStyle.Role) {
      marks.append((range, style.start(role) + pair.0, pair.1 + style.reset))
    }
    for fact in paragraph.figures { add(fact.figure.expressionRange, ("[", "]"), .figure) }
    for fact in paragraph.dates { add(fact.date.range, ("{", "}"), .date) }
    for fact in paragraph.entities { add(fact.entity.range, ("⟨", "⟩"), .entity) }
    for fact in paragraph.attributions {
      if let range = fact.attribution.cueRange { add(range, ("‹", "›"), .cue) }
      if let range = fact.attribution.cueTailRange { add(range, ("‹", "›"), .cue) }
    }
    return EvidenceMarks.weave(paragraph.text, marks) { $0 }
  }
}
