import Foundation
import ParallaxCore

/// The events whose counts only grow (`killed`, `wounded`…), read from
/// `Resources/cumulative.txt`.
enum CumulativeEvents {
  /// The concept ids, empty when the file cannot be found.
  static let concepts: Set<String> = {
    guard
      let url = ResourceLocator.url(bundle: "Parallax_ParallaxCompare", "Resources/cumulative.txt"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return parse(text)
  }()

  /// The concept ids of a file's text: one a line, `#` comments.
  static func parse(_ text: String) -> Set<String> {
    Set(
      text.split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") })
  }
}
