import Foundation

/// The variants of one language in one cell of a table (CSV): ` | `-separated, the first
/// preferred, the others admitted, a forbidden one marked ` [forbidden]` (the marker the
/// native glossary and `parallax check` read).
enum VariantCell {
  /// The marker of a forbidden variant.
  static let forbiddenMarker = "[forbidden]"

  /// The terms of a cell.
  static func terms(_ cell: String) -> [TermbaseTerm] {
    var out: [TermbaseTerm] = []
    for part in cell.split(separator: "|") {
      var text = part.trimmingCharacters(in: .whitespaces)
      var status: TermStatus?
      if text.hasSuffix(forbiddenMarker) {
        text = String(text.dropLast(forbiddenMarker.count)).trimmingCharacters(in: .whitespaces)
        status = .forbidden
      }
      guard !text.isEmpty else { continue }
      if status == nil {
        status = out.contains { $0.status == .preferred } ? .admitted : .preferred
      }
      out.append(TermbaseTerm(text, status: status))
    }
    return out
  }

  /// The cell of `terms`: the preferred first, then the admitted, then the forbidden.
  static func cell(_ terms: [TermbaseTerm]) -> String {
    let preferred = terms.filter { $0.status == .preferred }
    let forbidden = terms.filter { $0.status == .forbidden }
    let others = terms.filter { $0.status != .preferred && $0.status != .forbidden }
    let texts =
      (preferred + others).map { clean($0.text) }
      + forbidden.map { clean($0.text) + " " + forbiddenMarker }
    return texts.joined(separator: " | ")
  }

  /// A term with its separator characters replaced: `|` by `¦`.
  private static func clean(_ text: String) -> String {
    String(text.map { $0 == "|" ? "¦" : $0 })
  }
}
