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
    for (index, paragraph) in report.paragraphs.enumerated() {
      write((index == 0 ? "" : ",\n") + indented(encode(paragraph), by: "    "))
    }
    write("\n  ]" + String(head[slot.upperBound...]))
  }

  /// `text` with `prefix` before each line that is not empty.
  static func indented(_ text: String, by prefix: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
    var first = true
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if !first { out += "\n" }
      first = false
      if !line.isEmpty { out += prefix }
      out += line
    }
    return out
  }
}
