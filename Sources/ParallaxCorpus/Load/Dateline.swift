/// Finds a wire dateline at the head of a lead: `ANKARA (AFP) -`, `PARIS, 27 février (Reuters) —`.
enum Dateline {
  /// The dateline as written (without the dash) and the credited agency.
  struct Match: Equatable {
    var dateline: String
    var credit: String
  }

  /// Looks at the first 120 characters of `text` only.
  static func find(in text: String) -> Match? {
    guard mayHoldDateline(text) else { return nil }
    let head = Array(text.unicodeScalars.prefix(120))
    guard let open = head.firstIndex(of: "("), open <= 80 else { return nil }
    guard let close = head[open...].firstIndex(of: ")"), close - open > 1, close - open <= 40
    else { return nil }
    var cursor = close + 1
    while cursor < head.count, head[cursor] == " " || head[cursor] == "\u{A0}" { cursor += 1 }
    guard cursor < head.count, "-–—".unicodeScalars.contains(head[cursor]) else { return nil }
    let place = head[..<open]
    // The place is written in capitals (`ANKARA`, `İSTANBUL`), perhaps followed by a date.
    let placeName = place.prefix { $0 != "," }
    let letters = placeName.filter { $0.properties.isAlphabetic }
    guard letters.allSatisfy({ $0.properties.isUppercase || !$0.properties.isCased }) else {
      return nil
    }
    let credit = String(String.UnicodeScalarView(head[(open + 1)..<close]))
    guard credit.unicodeScalars.first?.properties.isUppercase == true else { return nil }
    let dateline = String(String.UnicodeScalarView(head[..<(close + 1)]))
    return Match(dateline: dateline, credit: credit)
  }

  /// A cheap test on the bytes that every dateline passes: a `(` within the first 320 bytes
  /// (80 characters), its `)` within 160 bytes, then spaces and a dash.
  private static func mayHoldDateline(_ text: String) -> Bool {
    let bytes = text.utf8
    guard let open = bytes.prefix(320).firstIndex(of: UInt8(ascii: "(")) else { return false }
    guard let close = bytes[open...].prefix(160).firstIndex(of: UInt8(ascii: ")")) else {
      return false
    }
    var cursor = bytes.index(after: close)
    while cursor < bytes.endIndex {
      let byte = bytes[cursor]
      if byte == UInt8(ascii: " ") {
        cursor = bytes.index(after: cursor)
      } else if byte == 0xC2, bytes.index(after: cursor) < bytes.endIndex,
        bytes[bytes.index(after: cursor)] == 0xA0
      {
        cursor = bytes.index(cursor, offsetBy: 2)
      } else {
        // `-`, or the first byte of `–` and `—` (E2 80 93, E2 80 94).
        return byte == UInt8(ascii: "-") || byte == 0xE2
      }
    }
    return false
  }
}
