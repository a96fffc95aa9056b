import Foundation
import ParallaxCorpus
import ParallaxFacts

/// One figure of one report, placed in its measure, with its source, time and evidence.
public struct FigureMention: Sendable, Codable, Hashable {
  /// The figure as extracted.
  public var figure: Figure
  /// The report's id.
  public var report: String
  /// The report's language.
  public var language: String
  /// The outlet, when known.
  public var outlet: String?
  /// The time the report speaks for (its update, else its publication).
  public var time: NewsDate?
  /// Who the figure is attributed to (`Source.none` for the outlet's own voice).
  public var source: Source
  /// The source as written in the report, when one is named.
  public var sourceSurface: String?
  /// The attribution's id (`p1.a0`), when one backs the figure.
  public var attributionID: String?
  /// The earlier value the same sentence gives (`raising an earlier toll of 22` → `22`).
  public var changedFrom: String?
  /// Whether the figure's measure was taken from the figure before it in the paragraph
  /// (`… von mindestens 22 getöteten Soldaten gesprochen, kurz nach Mitternacht dann von 29`).
  public var measureInherited: Bool
  /// Whether the report gives the figure as a past one: a date before the report's own day
  /// stands beside it (`Am Donnerstagabend hatten die Behörden von mindestens 22 …
  /// gesprochen`), or it continues such a figure by ellipsis, and the report gives a later
  /// count beside it. A past figure is history, not a claim that can disagree with today's.
  public var past: Bool
  /// Where the figure is: report, paragraph, range of the whole expression, fact id.
  public var evidence: Evidence
  /// The unit of measure written after the number (`420 metres`), when there is one: the
  /// figure is then a quantity of its own, with no measure of people.
  public var unit: MeasureUnit?

  /// The figure as an editor reads it: `≥ 22`, `> 30`, `33`, `~ 1000`, `10–12`, `420 m`.
  public var valueText: String { Self.text(of: figure) + (unit.map { " " + $0.symbol } ?? "") }

  /// The amount in its dimension's base unit (`0.42 km` → 420), or the value for a figure
  /// with no unit.
  var baseValue: Double { figure.value.doubleValue * (unit?.size ?? 1) }

  /// The short form of a figure's value with its qualifier.
  public static func text(of figure: Figure) -> String {
    var value = humane(figure.value)
    switch figure.kind {
    case .percent: value += " %"
    case .money: value += figure.currency.map { " " + $0 } ?? ""
    case .count: break
    }
    switch figure.qualifier {
    case .exact: return value
    case .atLeast: return "≥ " + value
    case .moreThan: return "> " + value
    case .atMost: return "≤ " + value
    case .lessThan: return "< " + value
    case .about: return "~ " + value
    case .upTo: return "up to " + value
    case .range: return value + "–" + (figure.upper.map(humane) ?? value)
    case .vague: return "some"
    }
  }

  /// A value as an editor reads it: `2.5 bn`, `120 m`, `1,200`, `2.5`, `1/3`.
  public static func humane(_ value: ExactNumber) -> String {
    let number = value.doubleValue
    guard value.isWhole, abs(number) >= 10_000 else { return value.description }
    for (scale, word) in [(1e12, " tn"), (1e9, " bn"), (1e6, " m")] where abs(number) >= scale {
      let scaled = number / scale
      let text = scaled == scaled.rounded() ? String(Int(scaled)) : String(format: "%.3g", scaled)
      if Double(text).map({ $0 * scale == number }) ?? false { return text + word }
    }
    let digits = String(Int(number).magnitude)
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { grouped += "," }
      grouped.append(digit)
    }
    return (number < 0 ? "-" : "") + grouped
  }
}
