import Foundation

/// Deterministic JSON: sorted keys, pretty-printed, slashes unescaped.
public enum JSONRendering {
  /// `value` as JSON text (`null` if it cannot be encoded).
  public static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}
