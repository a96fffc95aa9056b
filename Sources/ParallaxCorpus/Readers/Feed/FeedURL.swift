import Foundation

/// Resolves the links of a feed against its `xml:base`.
enum FeedURL {
  /// `reference` resolved against `base` (RFC 3986), or as written when there is no base or
  /// it cannot be resolved.
  static func resolve(_ reference: String, against base: String?) -> String {
    let trimmed = reference.trimmedFeedText
    guard let base, !base.isEmpty, !hasScheme(trimmed) else { return trimmed }
    guard let baseURL = URL(string: base),
      let url = URL(string: trimmed, relativeTo: baseURL)
    else { return trimmed }
    return url.absoluteString
  }

  /// The host of an absolute `http` or `https` link without a leading `www.`
  /// (`https://www.example.org/a` → `example.org`), the name a feed reader gives a feed that
  /// has no title; `nil` for any other link.
  static func outletHost(_ link: String) -> String? {
    guard let components = URLComponents(string: link.trimmedFeedText),
      let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
      var host = components.host?.lowercased(), !host.isEmpty
    else { return nil }
    if host.hasPrefix("www."), host.count > 4 { host.removeFirst(4) }
    return host
  }

  /// Whether `text` starts with a scheme (`http:`, `mailto:`, `urn:`).
  static func hasScheme(_ text: String) -> Bool {
    var sawLetter = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: ":"): return sawLetter
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
        sawLetter = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
        UInt8(ascii: "."):
        if !sawLetter { return false }
      default: return false
      }
    }
    return false
  }
}
