import ParallaxAlign
import ParallaxCorpus
import ParallaxRender

/// The alignment as JSON: the two sides' names and languages, the estimates, every bead
/// with its score and evidence, and the diagnostics.
enum AlignmentJSON {
  private struct Document: Encodable {
    var source: SideInfo
    var target: SideInfo
    var mode = "parallel"
    var lengthRatio: Double
    var lexiconSize: Int
    var meanSimilarity: Double
    var beads: [Bead]
    var diagnostics: [String]
  }

  private struct SideInfo: Encodable {
    var name: String
    var language: String
    var units: Int
  }

  static func encode(_ alignment: Alignment, _ source: AlignmentSide, _ target: AlignmentSide)
    -> String
  {
    let rounded = { (value: Double) in (value * 10000).rounded() / 10000 }
    var beads = alignment.beads
    for index in beads.indices { beads[index].score = rounded(beads[index].score) }
    return JSONRendering.encode(
      Document(
        source: SideInfo(name: source.name, language: source.language, units: source.units.count),
        target: SideInfo(name: target.name, language: target.language, units: target.units.count),
        lengthRatio: rounded(alignment.lengthRatio), lexiconSize: alignment.lexiconSize,
        meanSimilarity: rounded(alignment.meanSimilarity), beads: beads,
        diagnostics: alignment.diagnostics.map(\.description)))
  }
}

/// The alignment as text: each bead's score and shape, then its source and target units
/// side by side (the rendering library will replace this).
enum AlignmentText {
  static let column = 48

  static func render(_ alignment: Alignment, _ source: AlignmentSide, _ target: AlignmentSide)
    -> String
  {
    var out = ""
    for bead in alignment.beads {
      let left = bead.source.map { "\($0) " + source.units[$0] }.joined(separator: " ")
      let right = bead.target.map { "\($0) " + target.units[$0] }.joined(separator: " ")
      out += bead.beadLine + "\n"
      let leftLines = wrap(left)
      let rightLines = wrap(right)
      for row in 0..<max(leftLines.count, rightLines.count) {
        let l = row < leftLines.count ? leftLines[row] : ""
        let r = row < rightLines.count ? rightLines[row] : ""
        out += "  " + l + String(repeating: " ", count: max(0, column - l.count)) + " │ " + r + "\n"
      }
    }
    return out
  }

  private static func wrap(_ text: String) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > column {
        lines.append(line)
        line = ""
      }
      if word.count > column {
        var rest = Substring(word)
        while rest.count > column {
          if !line.isEmpty { lines.append(line) }
          lines.append(String(rest.prefix(column)))
          rest = rest.dropFirst(column)
          line = ""
        }
        line = String(rest)
        continue
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
