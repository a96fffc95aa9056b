/// Text made safe to write inside an XML 1.0 element or attribute: `&`, `<`, `>` and, in
/// attributes, `"` become references; characters XML 1.0 forbids (C0 controls other than tab,
/// newline and carriage return, U+FFFE, U+FFFF) are dropped, so a hostile text can never
/// become markup or make the file unreadable.
package enum XMLEscaping {
  /// `text` escaped for element content.
  package static func text(_ text: String) -> String { escape(text, quotes: false) }

  /// `text` escaped for a double-quoted attribute value (line breaks and tabs as references,
  /// so attribute normalization keeps them).
  package static func attribute(_ text: String) -> String { escape(text, quotes: true) }

  /// Whether `scalar` may appear in an XML 1.0 document.
  package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  private static func escape(_ text: String, quotes: Bool) -> String {
    let clean = text.utf8.allSatisfy { byte in
      byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<")
        && byte != UInt8(ascii: ">") && (!quotes || byte != UInt8(ascii: "\"")) && byte != 0xEF
    }
    if clean { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where quotes: out += "&quot;"
      case "\n" where quotes: out += "&#10;"
      case "\r": out += "&#13;"
      case "\t" where quotes: out += "&#9;"
      default:
        if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }
}
