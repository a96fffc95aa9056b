import Foundation
import ParallaxCore

/// A language data file: `[section]` headers, one entry per line, tab-separated fields,
/// `#` comments and blank lines ignored.
///
/// The one format of the word lists Parallax ships (abbreviations, cues, month names), so a
/// linguist can extend them without reading Swift.
public struct LexiconFile: Sendable, Hashable {
  /// The entries of each section, in file order; entries before any header are in `""`.
  public private(set) var sections: [String: [[String]]] = [:]

  /// Parses the text of a lexicon file.
  public init(text: String) {
    var section = ""
    for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("["), line.hasSuffix("]") {
        section = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        if sections[section] == nil { sections[section] = [] }
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      sections[section, default: []].append(fields)
    }
  }

  /// An empty file.
  public init() {}

  /// Loads `relativePath` (inside the target's `Resources/` folder) from the resources of `bundle` (such as `Parallax_ParallaxText`);
  /// a missing file is an empty lexicon.
  public init(bundle: String, _ relativePath: String) {
    guard let url = ResourceLocator.url(bundle: bundle, "Resources/" + relativePath),
      let data = try? Data(contentsOf: url)
    else {
      self.init()
      return
    }
    self.init(text: String(decoding: data, as: UTF8.self))
  }

  /// The first field of every entry of `section`.
  public func words(_ section: String) -> [String] {
    (sections[section] ?? []).compactMap { $0.first }.filter { !$0.isEmpty }
  }

  /// The entries of `section` (each a list of fields).
  public func entries(_ section: String) -> [[String]] { sections[section] ?? [] }

  /// Whether the file has `section`, even empty of entries (used for flags).
  public func has(_ section: String) -> Bool { sections[section] != nil }
}
