/// Which URLs from the input may become live links in a page: only absolute `http`,
/// `https` and `mailto` URLs. Anything else (`javascript:`, `vbscript:`, `data:`, `file:`,
/// relative paths, text a browser would clean up into something else) is shown as text.
///
/// A browser strips leading and trailing spaces and control characters from an `href` and
/// drops tabs and line breaks inside it, so `" java\tscript:…"` runs as `javascript:`; the
/// policy looks at the URL the way the browser will, and refuses any URL that still holds
/// a space or a control character after the ends are trimmed.
public enum LinkPolicy {
  /// The schemes that become links, lowercase.
  public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

  /// The URL to write in an `href` (its ends trimmed), or `nil` when it must stay text.
  public static func linkTarget(_ url: String) -> String? {
    let scalars = Array(url.unicodeScalars)
    func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
      scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
    guard let first = scalars.firstIndex(where: { !isSpaceOrControl($0) }),
      let last = scalars.lastIndex(where: { !isSpaceOrControl($0) })
    else { return nil }
    let trimmed = scalars[first...last]
    guard !trimmed.contains(where: isSpaceOrControl) else { return nil }
    guard let colon = trimmed.firstIndex(of: ":") else { return nil }
    let scheme = trimmed[trimmed.startIndex..<colon]
    guard let head = scheme.first, Self.isSchemeStart(head),
      scheme.allSatisfy(Self.isSchemeCharacter)
    else { return nil }
    let name = String(String.UnicodeScalarView(scheme)).lowercased()
    guard allowedSchemes.contains(name) else { return nil }
    let rest = trimmed[trimmed.index(after: colon)...]
    if name == "mailto" {
      guard !rest.isEmpty else { return nil }
    } else {
      // `http://host…`: a host must follow the two slashes.
      let slashes = rest.prefix(2)
      guard slashes.count == 2, slashes.allSatisfy({ $0 == "/" || $0 == "\\" }),
        let host = rest.dropFirst(2).first, !"/\\?#".unicodeScalars.contains(host)
      else { return nil }
    }
    return String(String.UnicodeScalarView(trimmed))
  }

  private static func isSchemeStart(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  private static func isSchemeCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isSchemeStart(scalar) || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-"
      || scalar == "."
  }
}
