import CStemmer

/// A Snowball stemmer for one language (Debian `libstemmer-dev`).
///
/// Not thread-safe: make one per thread or task.
public final class Stemmer {
  private let handle: OpaquePointer

  /// A stemmer for `language` (an ISO 639-1 code such as `fr`), or `nil` when Snowball has
  /// none for it.
  public init?(language: String) {
    guard let handle = sb_stemmer_new(language, "UTF_8") else { return nil }
    self.handle = handle
  }

  deinit { sb_stemmer_delete(handle) }

  /// The stem of a lowercase word.
  public func stem(_ word: String) -> String {
    var word = word
    return word.withUTF8 { buffer in
      guard let base = buffer.baseAddress,
        let result = sb_stemmer_stem(handle, base, Int32(buffer.count))
      else { return String(decoding: buffer, as: UTF8.self) }
      let length = Int(sb_stemmer_length(handle))
      return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
  }
}
