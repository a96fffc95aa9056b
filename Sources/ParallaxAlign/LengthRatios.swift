import Foundation
import ParallaxCore

/// Typical length ratios between languages (`Resources/lengths.tsv`): the fallback when two
/// texts' own totals give an implausible ratio.
enum LengthRatios {
  /// Characters per English character by language, read once.
  static let table: [String: Double] = {
    guard let url = ResourceLocator.url(bundle: "Parallax_ParallaxAlign", "Resources/lengths.tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [:] }
    var table: [String: Double] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t")
      if fields.count >= 2, let value = Double(fields[1]), value > 0 {
        table[String(fields[0])] = value
      }
    }
    return table
  }()

  /// How far a text's own ratio may stray from the typical one before it is distrusted.
  static let tolerance = 1.4

  /// The typical target characters per source character.
  static func expected(_ source: String, _ target: String) -> Double {
    (table[target] ?? 1) / (table[source] ?? 1)
  }

  /// The ratio of the two texts' totals when plausible for the languages, else the typical
  /// one; and whether the totals were distrusted.
  static func estimate(sourceLength: Int, targetLength: Int, _ source: String, _ target: String)
    -> (ratio: Double, distrusted: Bool)
  {
    let expected = expected(source, target)
    guard sourceLength > 0, targetLength > 0 else { return (expected, false) }
    let measured = Double(targetLength) / Double(sourceLength)
    let off = max(measured / expected, expected / measured)
    return off <= tolerance ? (measured, false) : (expected, true)
  }
}
