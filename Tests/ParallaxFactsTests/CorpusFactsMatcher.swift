import Foundation
import ParallaxCorpus
import ParallaxFacts

/// Looks for README facts (`CorpusFactExpectation`) in the facts of one report; the rules are
/// listed on `CorpusFactsTests`.
struct CorpusFactMatcher {
  /// The outcome for one README fact (one per surface for not-a-figure lines).
  struct Result {
    var category: CorpusFactScore.Category
    var passed: Bool
    var renumbered: Bool
    var detail: String
  }

  let report: Report
  let facts: ReportFacts
  /// Parallax's measure concepts per slot (`event`, `counted`, `affiliation`).
  let concepts: [String: Set<String>]

  /// The concept ids of `Resources/measures/*.txt` (`event.killed+counted.people` → two).
  static func concepts(in folder: URL) -> [String: Set<String>] {
    var out: [String: Set<String>] = [:]
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names where name.hasSuffix(".txt") {
      let url = folder.appendingPathComponent(name)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let key = line.split(separator: "\t").first ?? ""
        for part in key.split(separator: "+") {
          let pieces = part.split(separator: ".", maxSplits: 1).map(String.init)
          if pieces.count == 2 { out[pieces[0], default: []].insert(pieces[1]) }
        }
      }
    }
    return out
  }

  func match(_ line: StoryReadme.FactLine, _ expectation: CorpusFactExpectation) -> [Result] {
    let category = Self.category(expectation)
    let (index, renumbered) = paragraph(for: line)
    guard let index, let facts = facts.paragraphs.first(where: { $0.index == index }) else {
      return [
        Result(
          category: category, passed: false, renumbered: false,
          detail: "¶\(line.paragraph) missing or its quotes are in no paragraph")
      ]
    }
    let text = TruthChecks.quoted(report.paragraphs[index].text)
    func places(_ surface: String?) -> [TextRange] {
      surface.map { Self.places(of: $0, in: text) } ?? []
    }
    func result(_ passed: Bool, _ detail: @autoclosure () -> String) -> Result {
      Result(
        category: category, passed: passed, renumbered: renumbered,
        detail: passed ? "" : "\(line.kind) ¶\(line.paragraph) \(line.body) — \(detail())")
    }
    switch expectation {
    case .figure(let spec):
      let (passed, detail) = figure(spec, places(spec.surface), places, facts)
      return [result(passed, detail)]
    case .date(let surface, let isos):
      let spots = places(surface)
      let mentions = facts.dates.filter { mention in spots.contains { $0.overlaps(mention.range) } }
      let passed = isos.allSatisfy { iso in mentions.contains { Self.agrees($0.date, iso) } }
      return [result(passed && !spots.isEmpty, "found \(mentions.map { $0.date?.iso ?? "?" })")]
    case .entity(let kind, let id, let surface):
      let spots = places(surface)
      let near = facts.entities.filter { entity in spots.contains { $0.overlaps(entity.range) } }
      let passed = near.contains { $0.key.concept == id && Self.kind(kind) == $0.kind }
      return [result(passed, "found \(near.map { "\($0.kind.rawValue) \($0.key)" })")]
    case .attribution(let spec):
      let (passed, detail) = attribution(spec, places, facts)
      return [result(passed, detail)]
    case .notAFigure(let surfaces):
      return surfaces.map { surface in
        let spots = places(surface)
        let hits = facts.figures.filter { figure in spots.contains { $0.overlaps(figure.range) } }
        return result(
          hits.isEmpty && !spots.isEmpty, "\"\(surface)\" gave \(hits.map(\.text)) \(spots)")
      }
    }
  }

  // MARK: - Figures

  private func figure(
    _ spec: CorpusFactExpectation.FigureSpec, _ spots: [TextRange],
    _ places: (String?) -> [TextRange], _ facts: ParagraphFacts
  ) -> (Bool, String) {
    let near = facts.figures.indices.filter { index in
      spots.contains { $0.overlaps(facts.figures[index].expressionRange) }
    }
    guard !near.isEmpty else { return (false, "no figure overlaps the quote") }
    var notes: [String] = []
    for index in near {
      let figure = facts.figures[index]
      var problems: [String] = []
      if spec.qualifier != "change", let value = spec.value, figure.value.decimalValue != value {
        problems.append("value \(figure.value)")
      }
      if !Self.qualifierAgrees(spec, figure) {
        problems.append("qualifier \(figure.qualifier.rawValue)/\(figure.status.rawValue)")
      }
      if let unit = spec.unit, !Self.unitAgrees(unit, figure) {
        problems.append("unit \(figure.kind.rawValue) \(figure.currency ?? "")")
      }
      if !measureAgrees(spec.measure, figure.measure) {
        problems.append("measure \(figure.measure?.key ?? "-")")
      }
      if !sourceAgrees(spec, index, places, facts) {
        let sources = facts.attributions.filter { $0.figures.contains(index) }.map {
          $0.sourceEntity?.description ?? $0.source ?? "-"
        }
        problems.append("source \(sources)")
      }
      if problems.isEmpty { return (true, "") }
      notes.append("\"\(figure.text)\": " + problems.joined(separator: ", "))
    }
    return (false, notes.joined(separator: "; "))
  }

  static func qualifierAgrees(_ spec: CorpusFactExpectation.FigureSpec, _ figure: Figure) -> Bool {
    switch spec.qualifier {
    case "change":
      // `change 22 → 33` is met by a change figure with a value of the chain (the quote may
      // hold only the earlier value: "raising an earlier toll of 22"), and its earlier value,
      // when Parallax gives one, also from the chain.
      guard figure.status == .change, spec.chain.contains(figure.value.decimalValue) else {
        return false
      }
      return figure.changedFrom.map { spec.chain.contains($0.decimalValue) } ?? true
    case "vague": return figure.qualifier == .vague
    case "=": return figure.qualifier == .exact
    case "≥": return figure.qualifier == .atLeast
    case ">": return figure.qualifier == .moreThan
    case "~": return figure.qualifier == .about
    case "≤": return figure.qualifier == .upTo || figure.qualifier == .atMost
    case "<": return figure.qualifier == .lessThan
    default: return false
    }
  }

  /// `EUR`, `USD`: money in that currency; `%`: a percentage; other units are not compared.
  static func unitAgrees(_ unit: String, _ figure: Figure) -> Bool {
    if unit == "%" { return figure.kind == .percent }
    if unit.count == 3, unit.allSatisfy(\.isUppercase), unit != "GW" {
      return figure.kind == .money && figure.currency == unit
    }
    return true
  }

  /// Each part is compared when the README names one of Parallax's concepts for it and the
  /// figure has that part.
  func measureAgrees(_ parts: [String?], _ measure: Measure?) -> Bool {
    let found = [measure?.event, measure?.counted, measure?.affiliation]
    for (slot, name) in ["event", "counted", "affiliation"].enumerated() {
      guard let want = parts[slot], concepts[name, default: []].contains(want),
        let have = found[slot]
      else { continue }
      // `people` is what `dead`, `morts`, `toll` imply: it leaves the group unspecified.
      if have.concept != want, !(slot == 1 && have.concept == "people") { return false }
    }
    return true
  }

  private func sourceAgrees(
    _ spec: CorpusFactExpectation.FigureSpec, _ index: Int, _ places: (String?) -> [TextRange],
    _ facts: ParagraphFacts
  ) -> Bool {
    let covering = facts.attributions.filter { $0.figures.contains(index) }
    if spec.sourceIDs == ["none"] { return covering.allSatisfy { $0.source == nil } }
    guard spec.sourceSurface != nil else { return true }
    return covering.contains { sourceAgrees(spec.sourceIDs, places(spec.sourceSurface), $0) }
  }

  private func sourceAgrees(_ ids: [String], _ spots: [TextRange], _ attribution: Attribution)
    -> Bool
  {
    if ids == ["none"] { return attribution.source == nil }
    if let concept = attribution.sourceEntity?.concept, ids.contains(concept) { return true }
    guard let range = attribution.sourceRange else { return false }
    return spots.contains { $0.overlaps(range) }
  }

  // MARK: - Attributions

  private func attribution(
    _ spec: CorpusFactExpectation.AttributionSpec, _ places: (String?) -> [TextRange],
    _ facts: ParagraphFacts
  ) -> (Bool, String) {
    let cueSpots = places(spec.cue)
    let candidates = facts.attributions.filter { attribution in
      guard spec.cue != nil else { return true }
      guard let range = attribution.cueRange else { return false }
      return cueSpots.contains { $0.overlaps(range) }
    }
    guard !candidates.isEmpty else {
      return (
        false, "no cue at \"\(spec.cue ?? "")\"; cues \(facts.attributions.map { $0.cue ?? "-" })"
      )
    }
    for attribution in candidates {
      let sourceOK =
        spec.sourceIDs.isEmpty && spec.sourceSurface == nil
        || sourceAgrees(spec.sourceIDs, places(spec.sourceSurface), attribution)
      let channelOK =
        spec.channelSurface == nil
        || attribution.channelRange.map { r in
          places(spec.channelSurface).contains { $0.overlaps(r) }
        }
          == true
      let quoteOK =
        spec.quote == nil
        || attribution.quote.map { r in places(spec.quote).contains { $0.overlaps(r) } } == true
      if sourceOK && channelOK && quoteOK { return (true, "") }
    }
    let found = candidates.map {
      "source \($0.sourceEntity?.description ?? $0.source ?? "-"), channel \($0.channel ?? "-"), "
        + "quote \($0.quote?.description ?? "-")"
    }
    return (false, found.joined(separator: "; "))
  }

  // MARK: - Helpers

  static func category(_ expectation: CorpusFactExpectation) -> CorpusFactScore.Category {
    switch expectation {
    case .figure: .figures
    case .date: .dates
    case .entity: .entities
    case .attribution: .attributions
    case .notAFigure: .notAFigure
    }
  }

  static func kind(_ name: String) -> EntityKind? {
    switch name {
    case "person": .person
    case "org": .organization
    case "place": .place
    default: nil
    }
  }

  /// Whether `date` has the parts `iso` writes (`2020-02` → year and month).
  static func agrees(_ date: NewsDate?, _ iso: String) -> Bool {
    guard let date else { return false }
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard let year = parts.first, date.year == year else { return false }
    if parts.count > 1, date.month != parts[1] { return false }
    if parts.count > 2, date.day != parts[2] { return false }
    return true
  }

  /// The paragraph the fact is in: the README's, or, when its quotes are not all there, the
  /// first paragraph that holds them all.
  private func paragraph(for line: StoryReadme.FactLine) -> (Int?, Bool) {
    let pieces = line.quotes.flatMap { $0.components(separatedBy: " … ") }
    func holds(_ index: Int) -> Bool {
      let text = TruthChecks.quoted(report.paragraphs[index].text)
      return pieces.allSatisfy { text.contains(Self.nfc($0)) }
    }
    if report.paragraphs.indices.contains(line.paragraph), holds(line.paragraph) {
      return (line.paragraph, false)
    }
    if let other = report.paragraphs.indices.first(where: holds) { return (other, true) }
    return (nil, false)
  }

  static func nfc(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

  /// Every place of `surface` in `text`, as scalar ranges.
  static func places(of surface: String, in text: String) -> [TextRange] {
    let needle = Array(nfc(surface).unicodeScalars)
    let haystack = Array(text.unicodeScalars)
    guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
    var out: [TextRange] = []
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle {
      out.append(TextRange(start, start + needle.count))
    }
    return out
  }
}
