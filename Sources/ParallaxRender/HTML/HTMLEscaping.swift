/// Escaping for HTML: everything Parallax writes into a page from its input (report text,
/// titles, names, URLs) goes through here, in element content and in attribute values alike.
public enum HTMLEscaping {
  /// `text` safe in element content and in a double- or single-quoted attribute value:
  /// `&`, `<`, `>`, `"` and `'` become references; control characters other than tab, line
  /// feed and carriage return (which HTML does not allow in text) become U+FFFD.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
