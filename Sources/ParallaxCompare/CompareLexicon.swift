import Foundation
import ParallaxCore

/// The comparison's data files in `Resources/`: one entry a line, `#` comments.
enum CompareLexicon {
  /// Events whose counts only grow (`killed`, `wounded`…): `cumulative.txt`.
  static let cumulativeEvents: Set<String> = Set(entries("cumulative.txt"))
  /// Events whose counts are grouped by value with counts of no event (`present`):
  /// `by-value.txt`.
  static let byValueEvents: Set<String> = Set(entries("by-value.txt"))

  /// Marks that open the headline of a later version (`UPDATE`, `MISE À JOUR`…), upper case:
  /// `update-marks.txt`.
  static let updateMarks: [String] = entries("update-marks.txt").map { $0.uppercased() }

  /// The entries of a resource file, empty when it cannot be found.
  static func entries(_ file: String) -> [String] {
    guard
      let url = ResourceLocator.url(bundle: "Parallax_ParallaxCompare", "Resources/" + file),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return parse(text)
  }

  /// The entries of a file's text: one a line, trimmed, `#` comments and blank lines left out.
  static func parse(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }
}
