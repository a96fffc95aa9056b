/// A token key of the figure data (`FigureView`'s reading of a word or mark) with its hash:
/// what templates, cues, currency and percent forms compare the text's tokens with.
///
/// The hash is compared first (most tokens differ there), then the key: two keys with one
/// hash never match each other.
struct TokenKey: Sendable, Hashable {
  /// `FigureView.hash(key)`.
  var hash: UInt64
  /// The key.
  var key: String

  /// The key `key` with its hash.
  init(_ key: String) {
    self.key = key
    hash = FigureView.hash(key)
  }

  /// The key of `token`.
  init(_ token: FigureToken) {
    key = token.key
    hash = token.hash
  }

  /// Whether `token` has this key.
  @inline(__always)
  func matches(_ token: FigureToken) -> Bool {
    token.hash == hash && token.key == key
  }

  /// Whether token `index` of `tokens` has this key (read in place: no token copied).
  @inline(__always)
  func matches(_ tokens: [FigureToken], _ index: Int) -> Bool {
    tokens[index].hash == hash && tokens[index].key == key
  }
}
