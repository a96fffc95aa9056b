import Foundation

/// Deterministic JSON: sorted keys, pretty-printed, slashes unescaped.
public enum JSONRendering {
  /// `value` as JSON text (`null` if it cannot be encoded).
  public static func encode(_ value: some Encodable) -> String {
    encode(value, with: encoder())
  }

  /// The encoder `encode` uses; one may serve many values in a row.
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// `value` as JSON text through `encoder` (`null` if it cannot be encoded).
  static func encode(_ value: some Encodable, with encoder: JSONEncoder) -> String {
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}
