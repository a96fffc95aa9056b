import Foundation

/// A proposal for `TextNormalizer.normalize` (ParallaxCorpus), kept here to measure it: the
/// same rules, one pass over UTF-8 bytes into a byte buffer, and Foundation's NFC only when
/// a scalar outside the NFC-stable ranges below occurs.
///
/// The stable ranges were checked with Python's `unicodedata` (Unicode 15): every scalar in
/// them has canonical combining class 0, is its own NFC, and is never the second element
/// of a canonical composition. A string made only of such scalars is already NFC (UAX #15
/// quick check), so Latin, Cyrillic, plain Arabic and common punctuation skip Foundation.
enum CandidateNormalizer {
  /// `text` normalized as `TextNormalizer.normalize` does.
  static func normalize(_ text: some StringProtocol) -> String {
    var string = String(text)
    var needsNFC = false
    let folded = string.withUTF8 { input in
      String(unsafeUninitializedCapacity: input.count) { out in
        var count = 0
        var pendingSpace = false
        var index = 0
        while index < input.count {
          let lead = input[index]
          if lead < 0x80 {
            if lead > 0x20 && lead < 0x7F {
              if pendingSpace, count > 0 {
                out[count] = 0x20
                count += 1
              }
              pendingSpace = false
              out[count] = lead
              count += 1
            } else if lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) {
              pendingSpace = true
            }
            index += 1
            continue
          }
          let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
          var value = UInt32(lead & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
          for offset in 1..<length { value = value << 6 | UInt32(input[index + offset] & 0x3F) }
          switch classify(value) {
          case .keep:
            if pendingSpace, count > 0 {
              out[count] = 0x20
              count += 1
            }
            pendingSpace = false
            for offset in 0..<length { out[count + offset] = input[index + offset] }
            count += length
            if !needsNFC, !isStable(value) { needsNFC = true }
          case .space:
            pendingSpace = true
          case .drop:
            break
          }
          index += length
        }
        return count
      }
    }
    return needsNFC ? folded.precomposedStringWithCanonicalMapping : folded
  }

  private enum Action { case keep, space, drop }

  /// The same classification as `TextNormalizer`.
  private static func classify(_ value: UInt32) -> Action {
    switch value {
    case 0x21...0x7E: return .keep
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x1680, 0x2000...0x2006, 0x2008...0x200A,
      0x2028, 0x2029, 0x205F, 0x3000:
      return .space
    case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E,
      0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xFFFE, 0xFFFF:
      return .drop
    default:
      return .keep
    }
  }

  /// Whether a scalar is in a range that NFC never changes, whatever surrounds it.
  private static func isStable(_ value: UInt32) -> Bool {
    switch value {
    case 0...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x600...0x60F, 0x61B...0x64A, 0x660...0x66F,
      0x671...0x6D3, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0:
      return true
    default:
      return false
    }
  }
}
