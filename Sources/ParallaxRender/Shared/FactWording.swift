import ParallaxFacts

/// How facts are worded in every view: a figure's value with its qualifier, a date with
/// its certainty, the sources of a figure.
public enum FactWording {
  /// `≥ 22`, `> 30`, `20–30`, `vague (~10)`, `12.5 %`, `3 EUR`.
  public static func value(_ figure: Figure) -> String {
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

  /// The value, its measure and its status: `≥ 22 · killed:soldier (change)`.
  public static func summary(_ figure: Figure) -> String {
    var what = value(figure)
    if let measure = figure.measure, !measure.isEmpty { what += " · \(measure.key)" }
    if figure.status != .plain { what += " (\(figure.status.rawValue))" }
    return what
  }

  /// `2020-02-27 (inferredYear)`.
  public static func date(_ date: DateMention) -> String {
    "\(date.date?.iso ?? "?") (\(date.certainty.rawValue))"
  }

  /// The sources of `figure` in `paragraph`, each as written (`—` when unnamed) with the
  /// attribution's id: `les autorités (p2.a0)`.
  public static func sources(
    of figure: FigureFact, in paragraph: AnalyzedReport.Paragraph
  ) -> [String] {
    figure.attributions.compactMap { id in
      guard id.paragraph == paragraph.index, id.number < paragraph.attributions.count else {
        return nil
      }
      return (paragraph.attributions[id.number].attribution.source ?? "—") + " (\(id))"
    }
  }
}
