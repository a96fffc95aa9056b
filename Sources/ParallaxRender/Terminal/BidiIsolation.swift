/// Keeps right-to-left text readable in a terminal line without reordering it: a run that
/// holds right-to-left letters is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE,
/// so the terminal's bidi algorithm lays it out on its own and the columns around it hold.
public enum BidiIsolation {
  /// FIRST STRONG ISOLATE: the run takes the direction of its first strong letter.
  public static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
  /// POP DIRECTIONAL ISOLATE: ends the run.
  public static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

  /// `text` isolated when it holds right-to-left letters (Arabic, Hebrew, Syriac, Thaana…),
  /// unchanged otherwise. Isolates take no terminal columns (`DisplayWidth`).
  public static func isolate(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isRightToLeft) else { return text }
    return String(firstStrongIsolate) + text + String(popDirectionalIsolate)
  }

  /// Whether a scalar is a right-to-left letter: its script is written right to left.
  static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.properties.isAlphabetic else { return false }
    return rightToLeftBlocks.contains { $0.scalars.contains(scalar.value) }
  }

  /// The blocks of the scripts written right to left.
  static let rightToLeftBlocks: [(name: String, scalars: ClosedRange<UInt32>)] = [
    ("Hebrew", 0x0590...0x05FF),
    ("Arabic, Syriac, Arabic Supplement, Thaana, NKo, Samaritan, Mandaic", 0x0600...0x08FF),
    ("Hebrew and Arabic presentation forms", 0xFB1D...0xFDFF),
    ("Arabic Presentation Forms-B", 0xFE70...0xFEFF),
  ]
}
