import Foundation

/// The lines of a language data file: `key<TAB>form | form | …`; lines starting with `#`
/// are comments (a `#` inside a form is a template's number slot).
///
/// A key may carry a value after a colon (`scale:1000000000`, `qualifier:atLeast`).
struct FigureLexicon: Sendable {
  /// One entry.
  struct Entry: Sendable, Hashable {
    /// The key before the colon (`scale`).
    var key: String
    /// What follows the colon (`1000000000`), or "".
    var argument: String
    /// The forms.
    var forms: [String]
  }

  /// The entries in file order.
  var entries: [Entry] = []

  /// Parses the text of a data file.
  init(text: String) {
    for rawLine in text.split(whereSeparator: \.isNewline) {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let tab = line.firstIndex(of: "\t") else { continue }
      let head = line[..<tab].trimmingCharacters(in: .whitespaces)
      let body = String(line[line.index(after: tab)...])
      let forms = body.components(separatedBy: " | ").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      let parts = head.split(separator: ":", maxSplits: 1).map(String.init)
      entries.append(
        Entry(key: parts[0], argument: parts.count > 1 ? parts[1] : "", forms: forms))
    }
  }

  /// An empty lexicon.
  init() {}

  /// The entries with `key`.
  func entries(_ key: String) -> [Entry] { entries.filter { $0.key == key } }

  /// All forms of the entries with `key`.
  func forms(_ key: String) -> [String] { entries(key).flatMap(\.forms) }

  /// The text of a resource file, or `nil` when it cannot be found.
  static func resourceText(_ relativePath: String) -> String? {
    guard let url = ResourceLocatorShim.url(relativePath) else { return nil }
    return try? String(contentsOf: url, encoding: .utf8)
  }
}
