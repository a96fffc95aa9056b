#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Snowball C library (`libstemmer`), opened at run time with `dlopen`.
///
/// Parallax declares the four C functions it calls itself, so building needs no
/// `libstemmer.h` (Debian `libstemmer-dev`); only the runtime library is needed
/// (`libstemmer0d`). When it is missing, no stemmer exists and measure words are matched
/// by their exact forms only; `Stemmer.libraryProblem` says why.
struct StemmerLibrary: @unchecked Sendable {
  typealias New = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> OpaquePointer?
  typealias Delete = @convention(c) (OpaquePointer?) -> Void
  typealias Stem =
    @convention(c) (OpaquePointer?, UnsafePointer<UInt8>?, Int32) ->
    UnsafePointer<UInt8>?
  typealias Length = @convention(c) (OpaquePointer?) -> Int32

  let new: New
  let delete: Delete
  let stem: Stem
  let length: Length

  /// The names tried in order: `PARALLAX_STEMMER_LIBRARY` first when set, then the Debian
  /// runtime package's soname, then the usual unversioned and macOS names.
  static var candidates: [String] {
    var names: [String] = []
    if let path = getenv("PARALLAX_STEMMER_LIBRARY") { names.append(String(cString: path)) }
    names += [
      "libstemmer.so.0d", "libstemmer.so.0", "libstemmer.so", "libstemmer.dylib",
      "/opt/homebrew/lib/libstemmer.dylib", "/usr/local/lib/libstemmer.dylib",
    ]
    return names
  }

  /// The library opened once per process, or why it could not be.
  static let shared: Result<StemmerLibrary, StemmerLibraryError> = open(candidates)

  /// The first of `names` that opens and has the four functions.
  static func open(_ names: [String]) -> Result<StemmerLibrary, StemmerLibraryError> {
    var tried: [String] = []
    for name in names {
      guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
        tried.append(name)
        continue
      }
      if let library = StemmerLibrary(handle: handle) { return .success(library) }
      dlclose(handle)
      tried.append(name + " (no sb_stemmer_* functions)")
    }
    return .failure(StemmerLibraryError(tried: tried))
  }

  private init?(handle: UnsafeMutableRawPointer) {
    guard let new = dlsym(handle, "sb_stemmer_new"),
      let delete = dlsym(handle, "sb_stemmer_delete"),
      let stem = dlsym(handle, "sb_stemmer_stem"),
      let length = dlsym(handle, "sb_stemmer_length")
    else { return nil }
    self.new = unsafeBitCast(new, to: New.self)
    self.delete = unsafeBitCast(delete, to: Delete.self)
    self.stem = unsafeBitCast(stem, to: Stem.self)
    self.length = unsafeBitCast(length, to: Length.self)
  }
}

/// Why the Snowball library could not be opened.
public struct StemmerLibraryError: Error, Sendable, CustomStringConvertible {
  /// The library names tried, in order.
  public let tried: [String]

  /// One line for a diagnostic.
  public var description: String {
    "the Snowball stemmer library (libstemmer, Debian package libstemmer0d) could not be opened"
      + " (tried \(tried.joined(separator: ", "))); measure words are matched by exact form only"
  }
}
