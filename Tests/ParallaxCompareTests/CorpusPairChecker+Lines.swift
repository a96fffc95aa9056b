import Foundation
import ParallaxCorpus
import ParallaxFacts

@testable import ParallaxCompare

/// The README lines beyond figures, sources and names: paragraph order, edits, emphasis,
/// report times, and figure lines that name one side only (`SY only in en-ledger.html (¶4)`,
/// `(no figure; denial only)`, `V and S unchanged`).
extension CorpusPair {
  /// Checks a line of another kind; `false` when the line is not one of them.
  func checkOther(
    _ kind: String, _ body: String, _ comparison: ReportComparison,
    _ reports: [String: AnalyzedReport], _ score: inout Score
  ) -> Bool {
    switch kind {
    case "paragraph order": checkOrder(body, comparison, &score)
    case "paragraph edited": checkEdited(body, comparison, &score)
    case "emphasis": checkEmphasis(body, comparison, &score)
    case "date": checkTimes(body, comparison, &score)
    default: return false
    }
    return true
  }

  /// `A ¶3 (SOHR) ↔ B ¶4; A ¶4 (Erdogan) ↔ B ¶3`: each pair linked.
  private func checkOrder(_ body: String, _ comparison: ReportComparison, _ score: inout Score) {
    for item in body.components(separatedBy: "; ") {
      let numbers = Self.paragraphs(item)
      guard numbers.count >= 2 else { continue }
      score.expect(
        Self.linked(numbers[0], numbers[1], comparison.pairs), "¶\(numbers[0])↔¶\(numbers[1])")
    }
  }

  /// `A ¶2 "…" → B ¶3 "…"`: the two paragraphs linked, and for versions their word changes
  /// shown.
  private func checkEdited(_ body: String, _ comparison: ReportComparison, _ score: inout Score) {
    let numbers = Self.paragraphs(body)
    guard numbers.count >= 2 else {
      score.unchecked += 1
      return
    }
    let (a, b) = (numbers[0], numbers[1])
    let index = comparison.pairs.firstIndex {
      $0.isMatched && $0.left.contains(a) && $0.right.contains(b)
    }
    let shown =
      index.map { index in
        !comparison.versions || comparison.edits.contains { $0.pair == index }
      } ?? false
    score.expect(shown, "edited ¶\(a) → ¶\(b)")
  }

  /// `B leads with … (¶0–¶2), A has it at ¶7`: the paragraph one report moved up is linked
  /// with the other's.
  private func checkEmphasis(_ body: String, _ comparison: ReportComparison, _ score: inout Score) {
    var sides: [String: [Int]] = [:]
    for name in [first, second] {
      guard let start = body.range(of: name) else { continue }
      let rest = body[start.upperBound...]
      let other = [first, second].first { $0 != name && rest.contains($0) }
      let own = other.flatMap { rest.range(of: $0) }.map { rest[..<$0.lowerBound] } ?? rest
      sides[name] = Self.paragraphs(own)
    }
    guard let left = sides[first], let right = sides[second], !left.isEmpty, !right.isEmpty
    else {
      score.unchecked += 1
      return
    }
    score.expect(
      comparison.pairs.contains { pair in
        pair.isMatched && pair.left.contains(where: left.contains)
          && pair.right.contains(where: right.contains)
      }, "emphasis ¶\(left) ↔ ¶\(right)")
  }

  /// `A published 2020-02-27T20:05Z ↔ B published 2020-02-28T06:40Z`: the times `compare`
  /// shows for each report.
  private func checkTimes(_ body: String, _ comparison: ReportComparison, _ score: inout Score) {
    let sides = body.components(separatedBy: " ↔ ")
    var found = false
    for (side, line) in zip(sides, [comparison.first, comparison.second]) {
      for match in side.matches(of: /(published|updated) ([0-9T:+-]+Z?)/) {
        guard
          let date = NewsDate(iso: String(match.2).replacingOccurrences(of: "Z", with: ":00Z"))
            ?? NewsDate(iso: match.2)
        else { continue }
        found = true
        // `compare` leaves out an update time equal to the publication time.
        let shown = match.1 == "published" ? line.published : (line.updated ?? line.published)
        score.expect(shown?.sortKey == date.sortKey, "\(line.report) \(match.1) \(match.2)")
      }
    }
    if !found { score.unchecked += 1 }
  }

  /// Whether a matched pair links paragraph `a` of the first report with `b` of the second.
  static func linked(_ a: Int, _ b: Int, _ pairs: [ParagraphPair]) -> Bool {
    pairs.contains { $0.isMatched && $0.left.contains(a) && $0.right.contains(b) }
  }

  /// `SY only in en-ledger.html (¶4)`, `intermediate 29 only in tr ¶2 "29'a"`, `A ¶6 "…" ↔
  /// B ¶6 (no figure; …)`: the figure of that report's paragraph, on its side only; `V and S
  /// unchanged (B ¶1 "…", "85 %")`: each of those figures the same on both sides. `false`
  /// when the line is none of these.
  func checkOneSided(
    _ body: String, _ comparison: ReportComparison, _ reports: [String: AnalyzedReport],
    _ score: inout Score
  ) -> Bool {
    if body.contains("unchanged") {
      let name = [first, second].first { body.contains($0 + " ¶") } ?? first
      guard let report = reports[name], let paragraph = Self.paragraphs(body).first,
        let figures = report.paragraph(paragraph)?.figures
      else { return false }
      for match in body.matches(of: /"([^"]+)"/) {
        let surface = String(match.1)
        guard let figure = figures.first(where: { surface.contains($0.figure.text) }) else {
          continue
        }
        let id = figure.id.description
        score.expect(
          comparison.figures.contains { change in
            change.kind == .same
              && [change.first, change.second].contains { $0?.evidence.factID == id }
          }, "unchanged \(surface)")
      }
      return true
    }
    let sides = body.components(separatedBy: " ↔ ")
    if sides.count == 2, let blank = sides.firstIndex(where: { $0.contains("(no figure") }) {
      let onFirst = blank == 1
      checkLoneFigure(sides[onFirst ? 0 : 1], onFirst: onFirst, comparison, reports, &score)
      return true
    }
    guard sides.count == 1,
      let match = body.firstMatch(of: /only in ([A-Za-z0-9#._-]+)/),
      [first, second].contains(String(match.1))
    else { return false }
    let onFirst = match.1 == first
    let rest = String(body[match.range.upperBound...]).components(separatedBy: ";")[0]
    checkLoneFigure(
      (onFirst ? first : second) + rest, onFirst: onFirst, comparison, reports, &score)
    return true
  }

  /// The report a side of a line names first (`B ¶3 … A ¶2` is B's).
  func reportNamed(in side: String) -> String? {
    let at = [first, second].compactMap { name in
      side.hasPrefix(name) ? side.startIndex : side.range(of: name + " ¶")?.lowerBound
    }.min()
    return at.flatMap { at in [first, second].first { side[at...].hasPrefix($0) } }
  }

  /// Quotes and channels: `quote only in A: ¶5 claire-vasseur, ¶8 al-waha-capital`, `A ¶5
  /// quote "…" ↔ B ¶5 quote "…"` (other words), `A ¶6 "denied" (no quote) ↔ B ¶2 … with
  /// quote "…"`, `A ¶2 channel anadolu "…" ↔ B ¶2 "told reporters" (no channel)`. `false`
  /// when the line names no quote or channel.
  func checkSpeech(_ body: String, _ comparison: ReportComparison, _ score: inout Score) -> Bool {
    let findings = comparison.attributions
    func found(_ kind: AttributionFinding.Kind, first a: Int?, second b: Int?) -> Bool {
      findings.contains { finding in
        finding.kind == kind && (a == nil || finding.first?.evidence.paragraph == a)
          && (b == nil || finding.second?.evidence.paragraph == b)
      }
    }
    if let match = body.firstMatch(of: /^quote only in ([^:]+):/) {
      let onFirst = match.1 == first
      for number in Self.paragraphs(body) {
        score.expect(
          onFirst
            ? found(.quoteOnlyInFirst, first: number, second: nil)
            : found(.quoteOnlyInSecond, first: nil, second: number),
          "quote only in \(match.1) ¶\(number)")
      }
      return true
    }
    let sides = body.components(separatedBy: " ↔ ")
    guard sides.count == 2, body.contains("quote") || body.contains("channel") else {
      return false
    }
    var quote: [String: Int] = [:]
    var channel: [String: Int] = [:]
    var named: [String: Int] = [:]
    for side in sides {
      guard let name = reportNamed(in: side), let number = Self.paragraphs(side).first else {
        continue
      }
      named[name] = number
      if side.contains("quote"), !side.contains("no quote") { quote[name] = number }
      if side.contains("channel "), !side.contains("no channel") { channel[name] = number }
    }
    guard let a = named[first], let b = named[second] else { return false }
    if quote.count == 2 {
      score.expect(found(.quoteDiffers, first: a, second: b), "quote ¶\(a) ↔ ¶\(b) differs")
    } else if let number = quote[first] {
      score.expect(found(.quoteOnlyInFirst, first: number, second: nil), "quote only ¶\(a)")
    } else if let number = quote[second] {
      score.expect(found(.quoteOnlyInSecond, first: nil, second: number), "quote only ¶\(b)")
    }
    if let number = channel[first], channel[second] == nil {
      score.expect(found(.channelOnlyInFirst, first: number, second: nil), "channel ¶\(a)")
    } else if let number = channel[second], channel[first] == nil {
      score.expect(found(.channelOnlyInSecond, first: nil, second: number), "channel ¶\(b)")
    }
    return !quote.isEmpty || !channel.isEmpty
  }
}
