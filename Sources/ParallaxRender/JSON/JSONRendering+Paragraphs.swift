import ParallaxFacts

extension JSONRendering {
  /// `report` exactly as `encode(report)` writes it, handed to `write` one paragraph at a
  /// time: the encoder's tree and text for a large report are never built whole (a report of
  /// many megabytes gives about 30 bytes of JSON a byte of text).
  public static func encodeByParagraph(_ report: AnalyzedReport, _ write: (String) -> Void) {
    var shell = report
    shell.paragraphs = []
    let head = encode(shell)
    // The pretty-printed empty array at the top level, as the encoder writes it.
    let empty = "\n  \"paragraphs\" : [\n\n  ]"
    guard !report.paragraphs.isEmpty, let slot = head.range(of: empty) else {
      write(encode(report))
      return
    }
    write(String(head[..<slot.lowerBound]) + "\n  \"paragraphs\" : [\n")
    let encoder = encoder()
    for (index, paragraph) in report.paragraphs.enumerated() {
      write((index == 0 ? "" : ",\n") + indented(encode(paragraph, with: encoder), by: "    "))
    }
    write("\n  ]" + String(head[slot.upperBound...]))
  }

  /// `text` with `prefix` before each line that is not empty.
  static func indented(_ text: String, by prefix: String) -> String {
    let newline = UInt8(ascii: "\n")
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
    var atLineStart = true
    for byte in text.utf8 {
      if atLineStart && byte != newline { out.append(contentsOf: prefix.utf8) }
      out.append(byte)
      atLineStart = byte == newline
    }
    return String(decoding: out, as: UTF8.self)
  }
}
