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
    text.utf8.withContiguousStorageIfAvailable { mayHoldDateline($0) } ?? true
  }

  private static func mayHoldDateline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var open = 0
    while open < min(count, 320), bytes[open] != UInt8(ascii: "(") { open += 1 }
    guard open < min(count, 320) else { return false }
    var close = open + 1
    while close < min(count, open + 160), bytes[close] != UInt8(ascii: ")") { close += 1 }
    guard close < min(count, open + 160) else { return false }
    var cursor = close + 1
    while cursor < count {
      let byte = bytes[cursor]
      if byte == UInt8(ascii: " ") {
        cursor += 1
      } else if byte == 0xC2, cursor + 1 < count, bytes[cursor + 1] == 0xA0 {
        cursor += 2
      } else {
        // `-`, or the first byte of `–` and `—` (E2 80 93, E2 80 94).
        return byte == UInt8(ascii: "-") || byte == 0xE2
      }
    }
    return false
  }
}
