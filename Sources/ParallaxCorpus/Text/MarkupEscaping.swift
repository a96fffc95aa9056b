/// Escaping text for XML and HTML output (the reverse of what the readers decode).
package enum MarkupEscaping {
  /// `text` with `&`, `<` and `>` escaped, and with `quotes` also `"` and `'` (for attribute
  /// values).
  package static func escape(_ text: String, quotes: Bool = true) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where quotes: out += "&quot;"
      case "'" where quotes: out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
