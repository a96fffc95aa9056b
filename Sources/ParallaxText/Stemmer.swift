/// A Snowball stemmer for one language, from the runtime library `libstemmer`
/// (Debian `libstemmer0d`), opened at run time: see `StemmerLibrary`.
///
/// Not thread-safe: make one per thread or task.
public final class Stemmer {
  private let handle: OpaquePointer
  private let library: StemmerLibrary

  /// Why no stemmer can be made in this process (the library is missing), or `nil` when the
  /// library is loaded.
  public static var libraryProblem: StemmerLibraryError? {
    if case .failure(let error) = StemmerLibrary.shared { return error }
    return nil
  }

  /// A stemmer for `language` (an ISO 639-1 code such as `fr`), or `nil` when Snowball has
  /// none for it or the library is missing (`libraryProblem`).
  public convenience init?(language: String) {
    guard case .success(let library) = StemmerLibrary.shared else { return nil }
    self.init(language: language, library: library)
  }

  init?(language: String, library: StemmerLibrary) {
    guard let handle = library.new(language, "UTF_8") else { return nil }
    self.handle = handle
    self.library = library
  }

  deinit { library.delete(handle) }

  /// The stem of a lowercase word.
  public func stem(_ word: String) -> String {
    var word = word
    return word.withUTF8 { buffer in
      guard let base = buffer.baseAddress,
        let result = library.stem(handle, base, Int32(buffer.count))
      else { return String(decoding: buffer, as: UTF8.self) }
      let length = Int(library.length(handle))
      return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
  }
}
