import Foundation

/// The glossary formats Parallax reads and writes.
public enum GlossaryFormat: String, Sendable, Hashable, CaseIterable {
  /// The native multilingual TSV of `Glossaries/`.
  case tsv
  /// Comma-separated values: the native table with commas and RFC 4180 quoting.
  case csv
  /// OmegaT's glossary: `source<TAB>target<TAB>comment`, UTF-8.
  case omegat
  /// TBX v2 (ISO 30042:2008, root `martif`).
  case tbx2
  /// TBX v3 (ISO 30042:2019), TBX-Basic dialect in DCA style (root `tbx`).
  case tbx3

  /// A format and why it was chosen.
  public struct Guess: Sendable, Hashable {
    /// The format.
    public var format: GlossaryFormat
    /// Why: `extension .tbx, root <martif>`.
    public var reason: String
  }

  /// A human name: `TBX v2`.
  public var name: String {
    switch self {
    case .tsv: "native TSV"
    case .csv: "CSV"
    case .omegat: "OmegaT glossary"
    case .tbx2: "TBX v2"
    case .tbx3: "TBX v3 (TBX-Basic)"
    }
  }

  /// The usual file name extension.
  public var fileExtension: String {
    switch self {
    case .tsv: "tsv"
    case .csv: "csv"
    case .omegat: "txt"
    case .tbx2, .tbx3: "tbx"
    }
  }

  /// The format of a file from its name and first bytes: the extension first, the content
  /// when the extension says nothing or is shared (`.tsv` is native with an `id` header,
  /// OmegaT otherwise; `.tbx` and `.xml` are v2 or v3 by their root element).
  public static func guess(path: String, head: [UInt8]) -> Guess? {
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    let text = BilingualReader.decode(Array(head.prefix(4096)))
    let root = rootName(text)
    switch ext {
    case "tbx", "xml", "mtf":
      if let root {
        if root == "martif" { return Guess(format: .tbx2, reason: "root element <martif>") }
        if root == "tbx" { return Guess(format: .tbx3, reason: "root element <tbx>") }
      }
      return ext == "tbx" ? Guess(format: .tbx2, reason: "extension .tbx") : nil
    case "csv":
      return Guess(format: .csv, reason: "extension .csv")
    case "tsv":
      if firstRow(text)?.lowercased().hasPrefix("id\t") == true {
        return Guess(format: .tsv, reason: "extension .tsv and a header row starting with id")
      }
      return Guess(format: .omegat, reason: "extension .tsv without an id header")
    case "txt", "tab", "utf8":
      return Guess(format: .omegat, reason: "extension .\(ext)")
    default:
      if root == "martif" { return Guess(format: .tbx2, reason: "root element <martif>") }
      if root == "tbx" { return Guess(format: .tbx3, reason: "root element <tbx>") }
      guard let row = firstRow(text) else { return nil }
      if row.lowercased().hasPrefix("id\t") {
        return Guess(format: .tsv, reason: "a header row starting with id")
      }
      if row.contains("\t") { return Guess(format: .omegat, reason: "tab-separated lines") }
      if row.contains(",") { return Guess(format: .csv, reason: "comma-separated lines") }
      return nil
    }
  }

  /// The first line that is neither blank nor a comment.
  private static func firstRow(_ text: String) -> String? {
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      return String(line)
    }
    return nil
  }

  /// The local name of the first element of an XML text (after declarations, comments and
  /// processing instructions), or `nil`.
  static func rootName(_ text: String) -> String? {
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "<") {
      let after = rest[rest.index(after: open)...]
      guard let first = after.first else { return nil }
      if first == "?" || first == "!" {
        guard let close = after.firstIndex(of: ">") else { return nil }
        rest = after[after.index(after: close)...]
        continue
      }
      let name = after.prefix { !" \t\r\n/>".contains($0) }
      return name.split(separator: ":").last.map(String.init)
    }
    return nil
  }
}
