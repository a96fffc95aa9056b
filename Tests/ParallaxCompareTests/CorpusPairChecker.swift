import Foundation
import ParallaxFacts

@testable import ParallaxCompare

/// One `### A ↔ B` section of a `Corpus/` story README's "Differences, pair by pair", and
/// the check of a comparison against the lines of it that `compare` answers: figures (same,
/// changed, only on one side), sources added or dropped, a source changed, names on one side
/// only, paragraphs with no counterpart, moved paragraphs.
struct CorpusPair: CustomStringConvertible {
  var story: String
  var first: String
  var second: String
  var lines: [String]

  var description: String { "\(first) ↔ \(second)" }

  /// The pair sections of `story`'s README.
  static func sections(story: String) -> [CorpusPair] {
    let url = CompareTestSupport.packageRoot.appendingPathComponent("Corpus/\(story)/README.md")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    var result: [CorpusPair] = []
    var inPairs = false
    for line in text.components(separatedBy: "\n") {
      if line.hasPrefix("## ") {
        inPairs = line.hasPrefix("## Differences, pair by pair")
        continue
      }
      guard inPairs else { continue }
      if line.hasPrefix("### ") {
        let title = line.dropFirst(4).components(separatedBy: " (")[0]
        let sides = title.components(separatedBy: " ↔ ")
        guard sides.count == 2 else { continue }
        result.append(CorpusPair(story: story, first: sides[0], second: sides[1], lines: []))
      } else if line.hasPrefix("- "), !result.isEmpty {
        result[result.count - 1].lines.append(String(line.dropFirst(2)))
      }
    }
    return result
  }

  /// What the check found: each expectation checked, with the ones missed.
  struct Score {
    var checked = 0
    var missed: [String] = []
    var unchecked = 0
    /// The kinds of the lines (or line parts) not checked.
    var uncheckedKinds: [String] = []
    var hits: Int { checked - missed.count }

    mutating func expect(_ condition: Bool, _ what: @autoclosure () -> String) {
      checked += 1
      if !condition { missed.append(what()) }
    }
  }

  /// Checks `comparison` of `a` (the first report) with `b` against the section.
  func check(_ comparison: ReportComparison, _ a: AnalyzedReport, _ b: AnalyzedReport) -> Score {
    var score = Score()
    let reports = [first: a, second: b]
    for line in lines {
      let before = score.unchecked
      defer {
        if score.unchecked > before { score.uncheckedKinds.append(String(line.prefix(40))) }
      }
      let kind = line.prefix { $0 != ":" }
      let body = line.dropFirst(kind.count + 1).trimmingCharacters(in: .whitespaces)
      switch kind {
      case "align": checkUnmatched(body, comparison, &score)
      case "figure":
        if !checkOneSided(body, comparison, reports, &score) {
          checkFigure(body, comparison, reports, &score)
        }
      case "figure only in \(first)", "figure only in \(second)":
        checkLoneFigure(body, onFirst: kind.hasSuffix(first), comparison, reports, &score)
      case "entity only in \(first)", "entity only in \(second)":
        let side = kind.hasSuffix(first) ? comparison.onlyInFirst : comparison.onlyInSecond
        for id in Self.ids(body) {
          score.expect(
            side.contains { Self.same($0.id, $0.name, id) }, "\(kind): \(id)")
        }
      case "paragraph moved":
        let numbers = Self.paragraphs(body)
        if numbers.count >= 2 {
          score.expect(
            comparison.pairs.contains {
              $0.moved && $0.left.contains(numbers[0]) && $0.right.contains(numbers[1])
            }, "moved ¶\(numbers[0]) → ¶\(numbers[1])")
        }
      default:
        if kind.hasPrefix("paragraph added") || kind.hasPrefix("paragraph only in \(second)") {
          for number in Self.paragraphs(body) {
            score.expect(Self.alone(number, comparison.pairs, left: false), "\(kind) ¶\(number)")
          }
        } else if kind.hasPrefix("paragraph dropped") || kind.hasPrefix("paragraph only in") {
          for number in Self.paragraphs(body) {
            score.expect(Self.alone(number, comparison.pairs, left: true), "\(kind) ¶\(number)")
          }
        } else if kind.hasPrefix("attribution") {
          checkAttribution(String(kind), body, comparison, &score)
        } else if checkOther(String(kind), body, comparison, reports, &score) {
          continue
        } else {
          score.unchecked += 1
        }
      }
    }
    return score
  }

  /// `¶5↔-` and `-↔¶5`: a paragraph with no counterpart.
  private func checkUnmatched(_ body: String, _ comparison: ReportComparison, _ score: inout Score)
  {
    for item in body.components(separatedBy: ", ") {
      let sides = item.components(separatedBy: "↔")
      guard sides.count == 2 else { continue }
      if sides[1].hasPrefix("-"), let number = Self.paragraphs(sides[0]).first {
        score.expect(Self.alone(number, comparison.pairs, left: true), "¶\(number) alone (first)")
      } else if sides[0] == "-", let number = Self.paragraphs(sides[1]).first {
        score.expect(
          Self.alone(number, comparison.pairs, left: false), "¶\(number) alone (second)")
      } else if item.contains("(moved"), let a = Self.paragraphs(sides[0]).first,
        let b = Self.paragraphs(sides[1]).first
      {
        score.expect(
          comparison.pairs.contains { $0.moved && $0.left.contains(a) && $0.right.contains(b) },
          "¶\(a)↔¶\(b) moved")
      }
    }
  }

  /// `MEASURE: A ¶P "…" (Q V, source) ↔ B ¶P "…" (Q V, source) — same`: a figure change
  /// with those values, of kind `same` exactly when the line says so.
  func checkFigure(
    _ body: String, _ comparison: ReportComparison, _ reports: [String: AnalyzedReport],
    _ score: inout Score
  ) {
    let sides = body.components(separatedBy: " ↔ ")
    // Two figures in one line (`H: A "3.5 percent" ↔ B "yüzde 3,5" — same; KY: A … ↔ B …`).
    let clauses = body.components(separatedBy: "; ").filter { $0.contains(" ↔ ") }
    if sides.count > 2, clauses.count == sides.count - 1 {
      for clause in clauses { checkFigure(clause, comparison, reports, &score) }
      return
    }
    guard sides.count == 2, let x = value(sides[0], reports), let y = value(sides[1], reports)
    else {
      if !checkSeries(body, comparison, &score) { score.unchecked += 1 }
      return
    }
    // A line that gives no verdict says `same` by giving one value on both sides.
    let same =
      body.contains("— same")
      || (!body.contains("differs") && x.number == y.number && x.qualifier == y.qualifier
        && x.qualifier != nil)
    let found = comparison.figures.contains { change in
      guard let a = change.first, let b = change.second else { return false }
      return Self.matches(a, x) && Self.matches(b, y) && (change.kind == .same) == same
    }
    score.expect(found, "figure \(x.text) ↔ \(y.text)\(same ? " same" : " changed")")
  }

  /// `MEASURE REPORT ¶P "…"`: the figure given, only on that side (no figure of that value
  /// on the other side answers it as the same).
  func checkLoneFigure(
    _ body: String, onFirst: Bool, _ comparison: ReportComparison,
    _ reports: [String: AnalyzedReport], _ score: inout Score
  ) {
    for piece in body.components(separatedBy: "; ") {
      let name = onFirst ? first : second
      guard
        let x = value(piece, reports, default: name, changeStart: true)
          ?? factsSurface(piece, report: name).flatMap({ value($0, reports, default: name) })
      else {
        score.unchecked += 1
        continue
      }
      let found = comparison.figures.contains { change in
        guard let mine = onFirst ? change.first : change.second else { return false }
        return Self.matches(mine, x) && change.kind != .same
      }
      score.expect(found, "figure only in \(onFirst ? "first" : "second"): \(x.text)")
    }
  }

  /// Sources added or dropped (`attribution added in update: B ¶5 fahrettin-altun "…"`,
  /// `attribution only in B: B ¶7 un "…"`) and a changed source (`source changed`).
  private func checkAttribution(
    _ kind: String, _ body: String, _ comparison: ReportComparison, _ score: inout Score
  ) {
    // Quotes and channels, then the sources the same line names.
    let spoke = kind == "attribution" && checkSpeech(body, comparison, &score)
    if body.contains("source changed") {
      score.expect(comparison.figures.contains(where: \.sourceChanged), "a source changed")
      return
    }
    let sides = body.components(separatedBy: " ↔ ")
    let named = sides.map { $0.matches(of: /\(([a-z][a-z0-9-]+)[,)]/).map { String($0.1) } }
    if sides.count == 2, let x = named[0].first, let y = named[1].first, x != y {
      // The same figure backed by another source on each side.
      score.expect(
        comparison.figures.contains { change in
          guard let a = change.first, let b = change.second else { return false }
          return Self.same(a.source.id, a.source.name, x)
            && Self.same(b.source.id, b.source.name, y)
        }, "source \(x) → \(y)")
      return
    }
    if spoke { return }
    let onSecond = kind.hasSuffix(second) || kind.contains("added")
    let onFirst = kind.hasSuffix(first) || kind.contains("dropped")
    let matches = body.matches(of: /¶\d+ ([a-z][a-z0-9-]+) "/)
    guard onFirst != onSecond, !matches.isEmpty else {
      score.unchecked += 1
      return
    }
    let sources = onFirst ? comparison.sourcesOnlyInFirst : comparison.sourcesOnlyInSecond
    for match in matches {
      let id = String(match.1)
      score.expect(
        sources.contains { Self.same($0.source.id, $0.source.name, id) }, "\(kind): \(id)")
    }
  }

  /// A figure named in a line: its value and qualifier from `(Q V…)` when given, else from
  /// the report's figure at `¶P` whose text the quoted surface holds (with `changeStart`,
  /// the start of a change when only that is quoted).
  struct Value {
    var number: Double
    var qualifier: String?
    var text: String
  }

  func value(
    _ side: String, _ reports: [String: AnalyzedReport], default name: String? = nil,
    changeStart: Bool = false
  ) -> Value? {
    // A series (`(≥ 22 → 29 → 33)`) is the history a report tells, not one figure.
    if let series = side.firstMatch(of: /\([^()]*→[^()]*\)/), !series.0.contains("change") {
      return nil
    }
    if let match = side.firstMatch(of: /\((=|≥|>|~|≤|<)? ?([0-9]+(?:\.[0-9]+)?)/) {
      let number = Double(match.2) ?? 0
      return Value(number: number, qualifier: match.1.map(String.init), text: String(match.0))
    }
    // The report named first (`B ¶3 "auf 34" — same; A ¶2 also keeps …` is B's figure).
    let named = [first, second].compactMap { name in
      side.hasPrefix(name) ? side.startIndex : side.range(of: name + " ¶")?.lowerBound
    }.min()
    let reportName =
      named.flatMap { at in [first, second].first { side[at...].hasPrefix($0) } } ?? name
    guard let reportName, let report = reports[reportName],
      let paragraph = Self.paragraphs(side).first,
      let figures = report.paragraph(paragraph)?.figures
    else { return nil }
    // The last quoted surface that holds a figure (`"at 34"` after `"more than 30" and`).
    let surfaces = side.matches(of: /"([^"]+)"/).map { Self.spaced(String($0.1)) }.reversed()
    let found = surfaces.lazy.compactMap { surface in
      figures.first {
        let text = Self.spaced($0.figure.text)
        return surface.contains(text) || text.contains(surface)
      }
    }.first
    // No surface quoted (`SY only in en-ledger.html (¶4)`): the paragraph's only figure.
    let only = surfaces.isEmpty && figures.count == 1 ? figures.first : nil
    guard let found = found ?? only else { return nil }
    // The start of a change quoted alone (`"29'a"` of `önce 29'a, ardından 33'e yükseldi`)
    // is, for a figure on one side only, that earlier value.
    if changeStart, let from = found.figure.changedFrom,
      let quoted = surfaces.first(where: { $0.contains(from.description) }),
      !quoted.contains(found.figure.value.description)
    {
      return Value(
        number: from.doubleValue, qualifier: nil, text: "¶\(paragraph) \(quoted) (change start)")
    }
    return Value(
      number: found.figure.value.doubleValue, qualifier: nil,
      text: "¶\(paragraph) \(found.figure.text)")
  }

  /// A text with no-break spaces as plain ones (`3,5\u{A0}%` as written `3,5 %`).
  static func spaced(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0 == "\u{A0}" || $0 == "\u{202F}" ? " " : $0 }))
  }

  static func matches(_ mention: FigureMention, _ value: Value) -> Bool {
    guard abs(mention.figure.value.doubleValue - value.number) < 1e-6 * max(1, value.number)
    else { return false }
    guard let qualifier = value.qualifier else { return true }
    let given = mention.valueText
    switch qualifier {
    case "=": return given.first?.isNumber ?? false
    case "≤": return given.hasPrefix("≤") || given.hasPrefix("up to")
    default: return given.hasPrefix(qualifier)
    }
  }

  /// Whether paragraph `number` of one side is in no matched pair.
  static func alone(_ number: Int, _ pairs: [ParagraphPair], left: Bool) -> Bool {
    !pairs.contains { $0.isMatched && (left ? $0.left : $0.right).contains(number) }
  }

  /// The paragraph numbers a text names: `¶3`, `¶2–¶7`.
  static func paragraphs(_ text: some StringProtocol) -> [Int] {
    var result: [Int] = []
    for match in String(text).matches(of: /¶(\d+)(?:–¶(\d+))?/) {
      guard let from = Int(match.1) else { continue }
      let to = match.2.flatMap { Int($0) } ?? from
      result += Array(from...max(from, to))
    }
    return result
  }

  /// The glossary ids a list names: `assad (¶2), hulusi-akar (¶4)`; an id used for a role
  /// (`hatay as hospital place`) is left out.
  static func ids(_ body: String) -> [String] {
    body.components(separatedBy: ", ").compactMap { item in
      let word = item.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
      guard !word.isEmpty, !item.contains(" as ") else { return nil }
      return String(word)
    }
  }

  /// Whether an entity or source (`concept:nato`, `name:jonas berger`) is glossary id `id`.
  static func same(_ found: String, _ name: String, _ id: String) -> Bool {
    found == "concept:" + id || found == "name:" + id.replacingOccurrences(of: "-", with: " ")
  }
}
