/// Decodes HTML character references in strings that carry escaped HTML outside markup,
/// such as JSON-LD values (`Caf&eacute; &amp; bar`), with the `HTMLEntities` table.
enum CharacterReferences {
  /// `text` with `&eacute;`, `&#233;` and `&#xE9;` decoded; unknown names are kept.
  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      if let semicolon = after.prefix(HTMLEntities.longestName + 1).firstIndex(of: ";"),
        let value = value(of: after[..<semicolon])
      {
        out += value
        rest = after[after.index(after: semicolon)...]
      } else {
        out += "&"
        rest = after
      }
    }
    return out + rest
  }

  private static func value(of reference: Substring) -> String? {
    var code: UInt32?
    if reference.hasPrefix("#x") || reference.hasPrefix("#X") {
      code = UInt32(reference.dropFirst(2), radix: 16)
    } else if reference.hasPrefix("#") {
      code = UInt32(reference.dropFirst())
    } else {
      guard !reference.isEmpty, reference.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
      else { return nil }
      return HTMLEntities.value(named: String(reference))
    }
    return code.flatMap(HTMLEntities.bytes(codePoint:)).map { String(decoding: $0, as: UTF8.self) }
  }
}
