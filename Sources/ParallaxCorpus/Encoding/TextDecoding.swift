/// Turns bytes into text: BOM, UTF-8, UTF-16, else the legacy code page that decodes best.
///
/// STUB: the legacy code pages (1252, 1254, 1256, 1251) chosen with language identification
/// are still to come; bytes that are not UTF-8 are read as Windows-1252 for now.
public enum TextDecoding {
  /// Decoded text, and a note when an encoding was assumed.
  public struct Decoded: Sendable {
    /// The text.
    public var text: String
    /// The encoding used (`utf-8`, `windows-1254`…).
    public var encoding: String
    /// What was assumed, for a diagnostic.
    public var note: String?
  }

  /// Decodes `bytes` with no declaration to go by.
  public static func decode(_ bytes: [UInt8]) -> Decoded {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return Decoded(text: String(decoding: bytes.dropFirst(3), as: UTF8.self), encoding: "utf-8")
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return Decoded(text: text, encoding: "utf-8")
    }
    let text = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    return Decoded(
      text: text, encoding: "windows-1252",
      note: "not valid UTF-8 and no encoding declared; read as windows-1252")
  }
}
