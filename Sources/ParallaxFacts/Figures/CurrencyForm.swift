/// A currency symbol or word (as token keys) and its ISO 4217 code.
struct CurrencyForm: Sendable, Hashable {
  /// The token keys (`["us", "$"]`).
  var keys: [TokenKey]
  /// The ISO code.
  var code: String
  /// A word prefix matching inflected forms after the number (`dolar*`), or `nil`.
  var prefix: String?
}
