import Foundation
import ParallaxCore

/// A language data file: `[section]` headers, one entry per line, tab-separated fields,
/// `#` comments and blank lines ignored.
///
/// The one format of the word lists Parallax ships (abbreviations, cues, month names), so a
/// linguist can extend them without reading Swift.
package struct LexiconFile: Sendable, Hashable {
  /// The entries of each section, in file order; entries before any header are in `""`.
  package private(set) var sections: [String: [[String]]] = [:]

  /// Parses the text of a lexicon file.
  package init(text: String) {
    var section = ""
    for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
      let line = Self.trimmed(rawLine)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("["), line.hasSuffix("]") {
        section = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        if sections[section] == nil { sections[section] = [] }
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        Self.trimmed($0)
      }
      sections[section, default: []].append(fields)
    }
  }

  /// An empty file.
  package init() {}

  /// `text` without the white space at its ends (`CharacterSet.whitespaces`). Most lines and
  /// fields start and end with a visible ASCII character: those are kept as they are without
  /// asking Foundation.
  static func trimmed(_ text: Substring) -> String {
    if let first = text.utf8.first, let last = text.utf8.last,
      isVisibleASCII(first), isVisibleASCII(last)
    {
      return String(text)
    }
    return text.trimmingCharacters(in: .whitespaces)
  }

  private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

  /// Loads `relativePath` (inside the target's `Resources/` folder) from the resources of `bundle` (such as `Parallax_ParallaxText`);
  /// a missing file is an empty lexicon.
  package init(bundle: String, _ relativePath: String) {
    guard let url = ResourceLocator.url(bundle: bundle, "Resources/" + relativePath),
      let data = try? Data(contentsOf: url)
    else {
      self.init()
      return
    }
    self.init(text: String(decoding: data, as: UTF8.self))
  }

  /// The first field of every entry of `section`.
  package func words(_ section: String) -> [String] {
    (sections[section] ?? []).compactMap { $0.first }.filter { !$0.isEmpty }
  }

  /// The entries of `section` (each a list of fields).
  package func entries(_ section: String) -> [[String]] { sections[section] ?? [] }

  /// Whether the file has `section`, even empty of entries (used for flags).
  package func has(_ section: String) -> Bool { sections[section] != nil }
}
