import ParallaxFacts

/// The facts of a paragraph as table rows (id, fact, what, evidence, range, source), plain
/// text: the Markdown and HTML views escape the cells their own way.
public enum FactRows {
  /// The column titles.
  public static let header = ["id", "fact", "what", "evidence", "range", "source"]

  /// One row per figure, date, entity and attribution, in that order.
  public static func rows(_ paragraph: AnalyzedReport.Paragraph) -> [[String]] {
    var rows: [[String]] = []
    for figure in paragraph.figures {
      rows.append([
        "\(figure.id)", "figure", FactWording.summary(figure.figure), "“\(figure.figure.text)”",
        "\(figure.figure.expressionRange)",
        FactWording.sources(of: figure, in: paragraph).joined(separator: "; "),
      ])
    }
    for fact in paragraph.dates {
      rows.append([
        "\(fact.id)", "date", FactWording.date(fact.date), "“\(fact.date.text)”",
        "\(fact.date.range)", "",
      ])
    }
    for fact in paragraph.entities {
      let entity = fact.entity
      var what = entity.kind.rawValue + " · \(entity.key)"
      if let title = entity.title { what += " · title: \(title)" }
      if let expansion = entity.expansion { what += " = \(expansion)" }
      rows.append(["\(fact.id)", "entity", what, "“\(entity.text)”", "\(entity.range)", ""])
    }
    for fact in paragraph.attributions {
      let attribution = fact.attribution
      var what = attribution.cue.map { "cue “\($0)”" } ?? "quote"
      if let channel = attribution.channel { what += " via \(channel)" }
      if !fact.figures.isEmpty {
        what += " · figures " + fact.figures.map(\.description).joined(separator: " ")
      }
      var source = attribution.source ?? "—"
      if let entity = attribution.sourceEntity { source += " [\(entity)]" }
      rows.append([
        "\(fact.id)", "attribution", what, "covers", "\(attribution.content)", source,
      ])
    }
    return rows
  }
}
