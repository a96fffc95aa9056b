import Foundation

/// Normalizes paragraph text once, so that every later character range stays valid.
///
/// - Unicode NFC.
/// - Runs of white space (spaces, tabs, line breaks, the typographic spaces) fold to one
///   space; the ends are trimmed. No-break spaces (U+00A0, U+202F, U+2007) are kept as they
///   are: in French and Russian copy they separate thousands (`1 000`).
/// - Soft hyphens, zero-width spaces, word joiners, byte-order marks and bidi controls are
///   dropped. ZWNJ and ZWJ are kept: they change how Persian words and emoji are written.
/// - C0 and C1 control characters are dropped.
public enum TextNormalizer {
  /// Returns the normalized form of `text`.
  public static func normalize(_ text: some StringProtocol) -> String {
    let string = String(text)
    if isCleanASCII(string) { return string }
    var out = String.UnicodeScalarView()
    out.reserveCapacity(string.utf8.count)
    var pendingSpace = false
    for scalar in string.unicodeScalars {
      switch classify(scalar) {
      case .keep:
        if pendingSpace, !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.append(scalar)
      case .space:
        pendingSpace = true
      case .drop:
        continue
      }
    }
    let folded = String(out)
    if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded }
    return folded.precomposedStringWithCanonicalMapping
  }

  /// Whether a scalar is folded white space (the no-break spaces are not).
  public static func isFoldedSpace(_ scalar: Unicode.Scalar) -> Bool {
    classify(scalar) == .space
  }

  private enum Action { case keep, space, drop }

  private static func classify(_ scalar: Unicode.Scalar) -> Action {
    switch scalar.value {
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

  /// Printable ASCII with single inner spaces and no space at either end.
  private static func isCleanASCII(_ string: String) -> Bool {
    var previousSpace = true
    for byte in string.utf8 {
      if byte == 0x20 {
        if previousSpace { return false }
        previousSpace = true
      } else if byte < 0x20 || byte >= 0x7F {
        return false
      } else {
        previousSpace = false
      }
    }
    return !previousSpace || string.isEmpty
  }
}
