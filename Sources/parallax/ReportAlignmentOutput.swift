import ParallaxAlign
import ParallaxCorpus
import ParallaxRender

/// A `ReportAlignment` as JSON, text or beads: the mode chosen and why, the links with
/// their scores, moved marks and evidence, the units with no counterpart, the entity links.
enum ReportAlignmentOutput {
  /// The `ReportAlignment` fields and its beads (as the parallel mode's JSON has them).
  private struct Document: Encodable {
    var alignment: ReportAlignment

    enum Key: String, CodingKey { case beads }

    func encode(to encoder: any Encoder) throws {
      try alignment.encode(to: encoder)
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(alignment.beads, forKey: .beads)
    }
  }

  /// The alignment as JSON (the `ReportAlignment` value, scores rounded, and its beads).
  static func json(_ alignment: ReportAlignment) -> String {
    var rounded = alignment
    for index in rounded.links.indices {
      rounded.links[index].score = (rounded.links[index].score * 10000).rounded() / 10000
    }
    return JSONRendering.encode(Document(alignment: rounded))
  }

  /// The alignment as beads, one per line: links first, then unmatched units.
  static func beads(_ alignment: ReportAlignment) -> String {
    alignment.beads.map { $0.beadLine + "\n" }.joined()
  }

  /// The alignment as text: the decision, each link side by side, the units with no
  /// counterpart and the entity links.
  static func text(
    _ alignment: ReportAlignment, _ first: [String], _ second: [String]
  ) -> String {
    let mark = alignment.unit == .paragraph ? "¶" : "#"
    var out = "mode: \(alignment.decision.mode.rawValue)"
    out += alignment.decision.versions ? " (versions of one text)" : ""
    out += alignment.decision.automatic ? " — chosen: " : " — "
    out += alignment.decision.reason + "\n\n"
    let unitText = { (units: [String], index: Int) in
      index < units.count ? "\(mark)\(index) " + units[index] : "\(mark)\(index)"
    }
    for link in alignment.links {
      let head =
        link.first.map { "\(mark)\($0)" }.joined(separator: "+") + " ↔ "
        + link.second.map { "\(mark)\($0)" }.joined(separator: "+")
      out += head + "  " + score(link.score) + (link.moved ? "  moved" : "") + "\n"
      out += sideBySide(
        link.first.map { unitText(first, $0) }.joined(separator: " "),
        link.second.map { unitText(second, $0) }.joined(separator: " "))
    }
    if !alignment.unmatchedFirst.isEmpty || !alignment.unmatchedSecond.isEmpty {
      out += "\nno counterpart:\n"
      for index in alignment.unmatchedFirst {
        out += "  first  " + clip(unitText(first, index)) + "\n"
      }
      for index in alignment.unmatchedSecond {
        out += "  second " + clip(unitText(second, index)) + "\n"
      }
    }
    if !alignment.entityLinks.isEmpty {
      out += "\nentities:\n"
      for link in alignment.entityLinks {
        out +=
          "  " + link.first.names.joined(separator: " / ") + " ↔ "
          + link.second.names.joined(separator: " / ") + "  " + score(link.score) + "  ("
          + link.evidence.joined(separator: "; ") + ")\n"
      }
    }
    return out
  }

  private static func score(_ value: Double) -> String {
    let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
    return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
  }

  private static func clip(_ text: String) -> String {
    text.count > 100 ? String(text.prefix(99)) + "…" : text
  }

  private static func sideBySide(_ left: String, _ right: String) -> String {
    let width = 48
    let l = wrap(left, width)
    let r = wrap(right, width)
    var out = ""
    for row in 0..<max(l.count, r.count) {
      let a = row < l.count ? l[row] : ""
      let b = row < r.count ? r[row] : ""
      out += "  " + a + String(repeating: " ", count: max(0, width - a.count)) + " │ " + b + "\n"
    }
    return out
  }

  private static func wrap(_ text: String, _ width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word.prefix(width)
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
