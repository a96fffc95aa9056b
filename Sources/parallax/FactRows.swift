import ParallaxFacts

/// The facts of a paragraph as table rows (fact, what, evidence, range, source), plain text:
/// the Markdown and HTML views escape the cells their own way.
enum FactRows {
  /// One row per figure, date, entity and attribution, in that order.
  static func rows(_ paragraph: ParagraphFacts) -> [[String]] {
    var sourcesOf: [Int: [String]] = [:]
    for attribution in paragraph.attributions {
      for figure in attribution.figures {
        sourcesOf[figure, default: []].append(attribution.source ?? "—")
      }
    }
    var rows: [[String]] = []
    for (index, figure) in paragraph.figures.enumerated() {
      var what = FactsText.value(figure)
      if let measure = figure.measure, !measure.isEmpty { what += " · \(measure.key)" }
      if figure.status != .plain { what += " (\(figure.status.rawValue))" }
      rows.append([
        "figure #\(index)", what, "“\(figure.text)”",
        "\(figure.expressionRange)", (sourcesOf[index] ?? []).joined(separator: "; "),
      ])
    }
    for date in paragraph.dates {
      rows.append([
        "date", "\(date.date?.iso ?? "?") (\(date.certainty.rawValue))",
        "“\(date.text)”", "\(date.range)", "",
      ])
    }
    for entity in paragraph.entities {
      var what = entity.kind.rawValue + " · \(entity.key)"
      if let title = entity.title { what += " · title: \(title)" }
      if let expansion = entity.expansion { what += " = \(expansion)" }
      rows.append(["entity", what, "“\(entity.text)”", "\(entity.range)", ""])
    }
    for attribution in paragraph.attributions {
      var what = attribution.cue.map { "cue “\($0)”" } ?? "quote"
      if let channel = attribution.channel { what += " via \(channel)" }
      if !attribution.figures.isEmpty {
        what += " · figures " + attribution.figures.map { "#\($0)" }.joined(separator: " ")
      }
      var source = attribution.source ?? "—"
      if let entity = attribution.sourceEntity { source += " [\(entity)]" }
      rows.append([
        "attribution", what, "covers", "\(attribution.content)", source,
      ])
    }
    return rows
  }
}
