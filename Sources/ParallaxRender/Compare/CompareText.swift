import ParallaxCompare
import ParallaxCore
import ParallaxFacts

/// `parallax compare` for a terminal: what differs first, then the two reports in two
/// columns, paragraph pair by paragraph pair, each pair's findings under it. Columns are
/// measured in terminal columns; right-to-left text is isolated, never reordered. For two
/// versions of one text, deleted words are marked `[-…-]` and inserted ones `{+…+}` (and
/// coloured on a terminal).
public struct CompareText: Sendable {
  /// The colours to use.
  public var style: TerminalStyle
  /// The terminal's width in columns.
  public var width: Int

  /// A view with `style`, `width` columns wide (at least 60).
  public init(style: TerminalStyle = .plain, width: Int = 100) {
    self.style = style
    self.width = max(60, width)
  }

  /// The whole view of `comparison` between `first` and `second`.
  public func render(
    _ comparison: ReportComparison, first: AnalyzedReport, second: AnalyzedReport
  ) -> String {
    let column = (width - 3) / 2
    let findings = CompareFindings.lines(comparison)
    var out: [String] = []
    // Each header is cut to its column, so the rule below meets the column rule.
    out.append(
      DisplayWidth.pad(DisplayWidth.clip(header(comparison.first), column), column) + " │ "
        + DisplayWidth.clip(header(comparison.second), column))
    out.append(
      String(repeating: "─", count: column) + "─┼─" + String(repeating: "─", count: column))
    for (index, part) in DisplayWidth.wrap(comparison.versionsReason, width - 2).enumerated() {
      out.append(style.paint((index == 0 ? "" : "  ") + part, .dim))
    }
    if comparison.versions {
      for (index, part) in DisplayWidth.wrap(
        "changed: " + FactLabels.readable(comparison.summary), width - 2
      ).enumerated() {
        out.append(style.paint((index == 0 ? "" : "  ") + part, .header))
      }
    }
    let changes = findings.filter(\.isChange)
    out.append(
      style.paint(
        changes.isEmpty
          ? "no difference in figures or names"
          : FactLabels.count(CompareFindings.count(changes), "difference") + ":",
        .header))
    for line in CompareFindings.merged(changes) {
      for (index, part) in DisplayWidth.wrap(line, width - 6).enumerated() {
        out.append((index == 0 ? "  " : "      ") + paint(part, as: line))
      }
    }
    if let agreement = CompareFindings.agreement(comparison) {
      for (index, part) in DisplayWidth.wrap(agreement, width).enumerated() {
        out.append((index == 0 ? "" : "    ") + style.paint(part, .dim))
      }
    }
    out.append("")
    let edits = Dictionary(
      comparison.edits.map { ($0.pair, $0.diff) }, uniquingKeysWith: { first, _ in first })
    for (index, pair) in comparison.pairs.enumerated() {
      let left = text(pair.left, in: first, edits[index], side: .old)
      let right = text(pair.right, in: second, edits[index], side: .new)
      var rightLines = right.flatMap { DisplayWidth.wrap($0, column) }
      var leftLines = left.flatMap { DisplayWidth.wrap($0, column) }
      if !pair.isMatched {
        let note = style.paint(
          pair.left.isEmpty ? "(only in the second)" : "(only in the first)", .warning)
        if pair.left.isEmpty {
          leftLines = []
          rightLines.append(note)
        } else {
          rightLines = []
          leftLines.append(note)
        }
      } else if pair.moved {
        rightLines.append(style.paint("(moved)", .label))
      }
      for row in 0..<max(leftLines.count, rightLines.count) {
        let l = row < leftLines.count ? leftLines[row] : ""
        let r = row < rightLines.count ? rightLines[row] : ""
        // Each line is isolated on its own: a run of right-to-left text broken across lines
        // must not reorder across the column rule.
        let (cl, cr) = (colour(BidiIsolation.isolate(l)), colour(BidiIsolation.isolate(r)))
        out.append(
          cl + String(repeating: " ", count: max(0, column - DisplayWidth.of(l))) + " │ " + cr)
      }
      for line in CompareFindings.merged(findings.filter { $0.pair == index }) {
        for (row, part) in DisplayWidth.wrap(line, width - 7).enumerated() {
          out.append((row == 0 ? "   " : "       ") + paint(part, as: line))
        }
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// Which version a paragraph is of.
  enum Side { case old, new }

  /// The paragraphs' text with `¶N` numbers, one string per paragraph (each starts a line
  /// of its own), and for versions the word edits marked.
  private func text(
    _ indices: [Int], in report: AnalyzedReport, _ diff: WordDiff?, side: Side
  ) -> [String] {
    indices.compactMap { index -> String? in
      guard let paragraph = report.paragraph(index) else { return nil }
      var body = paragraph.text
      if let diff { body = Self.mark(body, diff, side: side) }
      return "¶\(index) " + body
    }
  }

  /// `text` with the diff's deleted (old side) or inserted (new side) runs marked.
  static func mark(_ text: String, _ diff: WordDiff, side: Side) -> String {
    let scalars = Array(text.unicodeScalars)
    var marks: [(TextRange, String, String)] = []
    for edit in diff.edits {
      switch (side, edit.operation) {
      case (.old, .deleted), (.old, .replaced):
        if let range = edit.old { marks.append((range, "[-", "-]")) }
      case (.new, .inserted), (.new, .replaced):
        if let range = edit.new { marks.append((range, "{+", "+}")) }
      default: break
      }
    }
    var out = ""
    var done = 0
    func piece(_ a: Int, _ b: Int) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[max(0, a)..<min(b, scalars.count)])
      return String(view)
    }
    for (range, open, close) in marks.sorted(by: { $0.0 < $1.0 }) where range.start >= done {
      out += piece(done, range.start) + open + piece(range.start, range.end) + close
      done = range.end
    }
    return out + piece(done, scalars.count)
  }

  /// Colours the edit marks on a terminal (the marks stay: they work in pipes too); the
  /// colour ends with the line, so it never runs into the other column.
  private func colour(_ line: String) -> String {
    guard style.enabled else { return line }
    return line.replacingOccurrences(of: "[-", with: style.start(.warning) + "[-")
      .replacingOccurrences(of: "-]", with: "-]" + style.reset)
      .replacingOccurrences(of: "{+", with: style.start(.entity) + "{+")
      .replacingOccurrences(of: "+}", with: "+}" + style.reset) + style.reset
  }

  /// A piece of a finding's line, in the colour of a change of figures when the line is one.
  private func paint(_ piece: String, as finding: String) -> String {
    finding.hasPrefix("≠") ? style.paint(piece, .figure) : piece
  }

  private func header(_ line: StoryDiff.ReportLine) -> String {
    let name = ReportNames([line.report])[line.report]
    var parts = [line.language, BidiIsolation.isolate(line.outlet ?? name)]
    if let utc = line.utc { parts.append(FactLabels.time(utc)) }
    return " " + parts.joined(separator: " · ")
  }
}
