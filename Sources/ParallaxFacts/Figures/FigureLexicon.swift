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
    // Split on scalars, not `Character`s: a line break is a character of its own (CR LF
    // makes empty lines between, left out), so the lines are the same, found faster.
    for rawLine in text.unicodeScalars.split(whereSeparator: FigureLexicon.breaksLine) {
      let line = FigureLexicon.trimmed(rawLine)
      if line.isEmpty || line.first == "#" { continue }
      guard let tab = line.firstIndex(of: "\t") else { continue }
      let head = String(FigureLexicon.trimmed(line[..<tab]))
      let forms = FigureLexicon.forms(of: line[line.index(after: tab)...])
      let parts = head.split(separator: ":", maxSplits: 1).map(String.init)
      entries.append(
        Entry(key: parts[0], argument: parts.count > 1 ? parts[1] : "", forms: forms))
    }
  }

  /// Whether `scalar` is one of the line breaks of `Character.isNewline` (LF, VT, FF, CR,
  /// NEL, LS, PS).
  static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// `scalars` without the white space (tabs and space separators, as Foundation's
  /// `CharacterSet.whitespaces`) at both ends.
  static func trimmed(_ scalars: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
    let isSpace = { (scalar: Unicode.Scalar) in
      scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return scalars[scalars.endIndex...] }
    return scalars[first...last]
  }

  /// The forms of a line's body: the parts between ` | `, trimmed, empty ones left out.
  static func forms(of body: Substring.UnicodeScalarView) -> [String] {
    var forms: [String] = []
    var start = body.startIndex
    var position = body.startIndex
    func add(_ end: Substring.UnicodeScalarView.Index) {
      let form = trimmed(body[start..<end])
      if !form.isEmpty { forms.append(String(form)) }
    }
    while position < body.endIndex {
      let next = body.index(after: position)
      if body[position] == " ", next < body.endIndex, body[next] == "|" {
        let after = body.index(after: next)
        if after < body.endIndex, body[after] == " " {
          add(position)
          start = body.index(after: after)
          position = start
          continue
        }
      }
      position = next
    }
    add(body.endIndex)
    return forms
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
