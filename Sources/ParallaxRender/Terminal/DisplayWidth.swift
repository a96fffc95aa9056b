/// How many terminal columns text takes: combining marks and format characters none, East
/// Asian wide characters and emoji two, everything else one.
public enum DisplayWidth {
  /// The blocks whose characters a terminal draws two columns wide.
  static let wideBlocks: [(name: String, scalars: ClosedRange<UInt32>)] = [
    ("Hangul Jamo", 0x1100...0x115F),
    ("CJK Radicals to Yi", 0x2E80...0xA4CF),
    ("Hangul Syllables", 0xAC00...0xD7A3),
    ("CJK Compatibility Ideographs", 0xF900...0xFAFF),
    ("CJK Compatibility Forms", 0xFE30...0xFE4F),
    ("Fullwidth Forms", 0xFF00...0xFF60),
    ("Fullwidth Signs", 0xFFE0...0xFFE6),
    ("CJK Extensions B to G", 0x20000...0x3FFFD),
  ]

  /// The columns `text` takes; a terminal's colour escapes (`ESC [ 1 ; 33 m`) take none, so a
  /// coloured line wraps where the plain one does.
  public static func of(_ text: some StringProtocol) -> Int {
    var columns = 0
    var escape = 0  // 1: after ESC, 2: inside a control sequence `ESC [ … final`
    for scalar in text.unicodeScalars {
      switch escape {
      case 1: escape = scalar == "[" ? 2 : 0
      case 2: if (0x40...0x7E).contains(scalar.value) { escape = 0 }
      default:
        if scalar == "\u{1B}" { escape = 1 } else { columns += of(scalar) }
      }
    }
    return columns
  }

  /// The columns one scalar takes.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if scalar.properties.isEmojiPresentation { return 2 }
    return wideBlocks.contains { $0.scalars.contains(scalar.value) } ? 2 : 1
  }

  /// `text` cut to at most `width` columns, ending in `…` when cut; combining marks stay
  /// with their base.
  public static func clip(_ text: String, _ width: Int) -> String {
    guard of(text) > width else { return text }
    guard width > 0 else { return "" }
    var out = ""
    var used = 0
    for character in text {
      let columns = of(String(character))
      if used + columns > width - 1 { break }
      out.append(character)
      used += columns
    }
    return out + "…"
  }

  /// `text` padded with spaces to `width` columns.
  public static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - of(text)))
  }

  /// `text` broken into lines of at most `width` columns, at spaces where it can (a word
  /// longer than a line is cut between characters).
  public static func wrap(_ text: String, _ width: Int) -> [String] {
    guard width > 0 else { return [text] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      while of(word) > width {
        if !line.isEmpty {
          lines.append(line)
          line = ""
        }
        var head = ""
        for character in word {
          if of(head + String(character)) > width { break }
          head.append(character)
        }
        if head.isEmpty { head = String(word.prefix(1)) }
        lines.append(head)
        word.removeFirst(head.count)
      }
      if word.isEmpty { continue }
      if line.isEmpty {
        line = word
      } else if of(line) + 1 + of(word) <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = word
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
