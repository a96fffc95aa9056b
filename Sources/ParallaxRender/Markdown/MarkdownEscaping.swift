/// Escaping for Markdown: text from the input never becomes markup.
public enum MarkdownEscaping {
  /// `text` with Markdown's active characters escaped, on one line (every line Parallax
  /// writes starts with its own marker, so `#` is never a heading; `<` is escaped only where
  /// it could open a tag).
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    var previous: Character = " "
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "|", "~":
        out.append("\\")
        out.append(character)
      case "\n", "\r": out.append(" ")
      default:
        if previous == "<", character.isLetter || character == "/" || character == "!" {
          out.removeLast()
          out += "&lt;"
        }
        out.append(character)
      }
      previous = character
    }
    return out
  }

  /// `text` as inline code: fenced with more backticks than it holds in a row, so a
  /// backtick in an id cannot end the span early.
  public static func code(_ text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
    return fence + pad + text.replacingNewlines() + pad + fence
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
  }
}
