/// How the bytes of a feed reach the XML parser: as they are, with the declared encoding
/// rewritten, or decoded first when they are not UTF-8 and declare nothing.
struct FeedInputPlan {
  /// What to do with the bytes.
  enum Action: Equatable {
    /// UTF-8, or an encoding the document declares: stream the bytes through the filter.
    case stream
    /// UTF-16 or UTF-32: transcode the whole file to UTF-8 with `TextDecoding` first.
    case wide
    /// Not UTF-8 and nothing declared: decode the whole file with `TextDecoding` first.
    case decode
  }

  /// What to do.
  var action: Action
  /// The declaration to rewrite in the first chunk (`ISO-8859-1` → `windows-1252`).
  var rewrite: (range: Range<Int>, encoding: String)?
  /// The encoding the document declares.
  var declared: String?

  /// Encodings read as Windows-1252, as browsers and feed readers do.
  static let readAsWindows1252: Set<String> = [
    "iso-8859-1", "iso8859-1", "iso_8859-1", "latin-1", "latin1", "l1", "cp819", "us-ascii",
    "ascii", "iso-ir-100", "ibm819",
  ]

  /// Plans the reading of a file whose first bytes are `head` and whose size is `size`.
  init(head: [UInt8], size: Int) {
    if Self.isWide(head) {
      action = .wide
      return
    }
    let prolog = FeedProlog(head)
    declared = prolog.declaredEncoding
    if let declared = prolog.declaredEncoding, let range = prolog.encodingRange {
      action = .stream
      if Self.readAsWindows1252.contains(declared.lowercased()) {
        rewrite = (range, "windows-1252")
      }
      return
    }
    if head.starts(with: ByteOrderMark.utf8) {
      action = .stream
      return
    }
    action = Self.isUTF8(head, complete: head.count >= size) ? .stream : .decode
  }

  /// UTF-16 or UTF-32, by byte-order mark or by the zero bytes around `<`.
  static func isWide(_ head: [UInt8]) -> Bool {
    if ByteOrderMark.startsUTF16(head) { return true }
    if head.starts(with: ByteOrderMark.utf32BigEndian) { return true }
    guard head.count >= 4 else { return false }
    return head[0] == 0 || head[1] == 0
  }

  /// Whether `bytes` are UTF-8; a sequence cut by the end of an incomplete head is allowed.
  static func isUTF8(_ bytes: [UInt8], complete: Bool) -> Bool {
    var validated = bytes[...]
    if !complete {
      // Drop a possibly cut sequence at the end.
      var cut = bytes.count
      var back = 0
      while cut > 0, back < 3, UTF8.isContinuation(bytes[cut - 1]) {
        cut -= 1
        back += 1
      }
      if cut > 0, !UTF8.isASCII(bytes[cut - 1]), !UTF8.isContinuation(bytes[cut - 1]) {
        cut -= 1
      } else {
        cut = bytes.count
      }
      validated = bytes[..<cut]
    }
    return String(validating: validated, as: UTF8.self) != nil
  }
}
