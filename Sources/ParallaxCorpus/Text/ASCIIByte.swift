/// The ASCII bytes the byte-level readers name, so no hex literal in a scan stands for a
/// character without saying which (the rest are written `UInt8(ascii:)`).
extension UInt8 {
  /// The bit that tells an ASCII letter's case apart: `byte | .asciiCaseBit` lower-cases
  /// `A`…`Z` and leaves the lowercase letters as they are.
  static let asciiCaseBit: UInt8 = 0b0010_0000
  /// U+000C FORM FEED.
  static let formFeed = UInt8(ascii: "\u{0C}")
  /// U+001B ESCAPE (terminal colour codes in text logs).
  static let escape = UInt8(ascii: "\u{1B}")
  /// U+007F DELETE.
  static let delete = UInt8(ascii: "\u{7F}")

  /// A C0 control other than tab, line feed and carriage return: what XML 1.0 forbids and a
  /// text report never holds.
  var isForbiddenControl: Bool {
    self < UInt8(ascii: " ") && self != UInt8(ascii: "\t") && self != UInt8(ascii: "\n")
      && self != UInt8(ascii: "\r")
  }

  /// Space, tab, line feed or carriage return: white space in XML's sense.
  var isXMLSpace: Bool {
    self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") || self == UInt8(ascii: "\n")
      || self == UInt8(ascii: "\r")
  }

  /// `0`…`9`.
  var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
