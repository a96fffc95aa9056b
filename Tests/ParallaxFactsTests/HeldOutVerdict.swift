import Foundation
import ParallaxCorpus

@testable import ParallaxFacts

/// How the extractor did on one held-out line, aspect by aspect; `nil` = not tested by it.
///
/// - number: a figure whose `range` text is the line's number (an abbreviation's final dot
///   aside: `3,2 Mrd.`) and whose value is the line's value (a vague line: the surface alone); a change: that figure has status `change`, its
///   value is TO and its `changedFrom` FROM (TO's surface); not-a-figure and duration lines:
///   no count figure overlaps the surface.
/// - qualifier, status: those of that figure (`earlier` cannot be said yet: always wrong).
/// - measure: each part of `event × counted × affiliation`. A `?` means the sentence does not
///   give it, so the extractor must leave it unknown; for the counted part only, `people`
///   (`Measure.anyone`, what `morts`, `ölü`, `the dead` count) also stands for `?`, since it
///   names no more than "someone". A wrong affiliation where the line has `?` is the very
///   error `affiliation-scope` lines test.
/// - source: an attribution covering that figure whose source is the line's surface: the
///   same text (case aside), or the surface after an article or preposition (lowercase
///   words, or capitalized ones of three letters at most: `the police`, `des Roten
///   Kreuzes`, `В Минздраве`), or after the title of the person entity it
///   ends with (`Interior Minister Süleyman Soylu`: a person entity with the line's surface
///   and its title inside the source; a name the extractor holds no entity or title for is
///   not yet right). Every attribution with a source that
///   covers the figure must name it (a channel given as a second source is wrong).
///   `none`: no attribution with a source covers the figure.
struct HeldOutVerdict: Sendable {
  var number: Bool?
  var qualifier: Bool?
  var measure: Bool?
  var status: Bool?
  var source: Bool?
  /// What the extractor gave, for the failure list.
  var got: String

  /// Whether every aspect the line tests is right.
  var fullyRight: Bool {
    [number, qualifier, measure, status, source].allSatisfy { $0 ?? true }
  }

  /// Runs `facts` against `item`.
  init(_ item: HeldOutCase, facts: ParagraphFacts) {
    let text = item.sentence
    func surface(_ range: TextRange) -> String { range.slice(of: text) }
    let figures = facts.figures
    got = figures.map { figure in
      var line = "«\(surface(figure.range))»=\(figure.value) \(figure.qualifier.rawValue)"
      if let from = figure.changedFrom { line += " from \(from)" }
      line += " \(figure.status.rawValue) [\(figure.measure?.key ?? "? × ? × ?")]"
      return line
    }.joined(separator: "; ")
    got +=
      " | sources: "
      + facts.attributions.map { "\($0.source ?? "-") \($0.figures)" }
      .joined(separator: "; ")

    if item.expectsNoFigure {
      guard let surface = item.number, let span = Self.firstRange(of: surface, in: text) else {
        number = false
        return
      }
      number = !figures.contains { $0.kind == .count && $0.range.overlaps(span) }
      return
    }
    var chosen: Int?
    if let number = item.number {
      let surfaces = number.components(separatedBy: ">")
      let values = item.value?.components(separatedBy: ">").map { ExactNumber(string: $0) }
      let target = surfaces.last ?? number
      // An abbreviation's dot (`3,2 Mrd.`) may stay out of the range: it can end the sentence.
      let onSurface = figures.indices.filter {
        let have = surface(figures[$0].range)
        return have == target || have + "." == target
      }
      let right = onSurface.first { index in
        let figure = figures[index]
        guard let values else { return true }
        guard figure.value == values.last else { return false }
        if item.isChange { return figure.changedFrom == values.first }
        return true
      }
      self.number = right != nil
      chosen = right ?? onSurface.first
    }
    let figure = chosen.map { figures[$0] }
    if let qualifier = item.qualifier { self.qualifier = figure?.qualifier.rawValue == qualifier }
    if let status = item.status { self.status = figure?.status.rawValue == status }
    if let measure = item.measure {
      self.measure = figure.map { Self.matches($0.measure, measure) } ?? false
    }
    if let source = item.source {
      let covering = facts.attributions.filter { attribution in
        attribution.source != nil && (chosen.map { attribution.figures.contains($0) } ?? true)
      }
      if source == "none" {
        self.source = item.number == nil || chosen != nil ? covering.isEmpty : false
      } else {
        self.source =
          (item.number == nil || chosen != nil)
          && !covering.isEmpty
          && covering.allSatisfy { Self.source($0, names: source, entities: facts.entities) }
      }
    }
  }

  /// The scalar range of the first `needle` in `text`.
  static func firstRange(of needle: String, in text: String) -> TextRange? {
    guard let found = text.range(of: needle) else { return nil }
    let start = text.unicodeScalars.distance(from: text.startIndex, to: found.lowerBound)
    return TextRange(start, start + needle.unicodeScalars.count)
  }

  /// Whether `measure` is `expected` (`killed × ? × turkish`), `?` read as above.
  static func matches(_ measure: Measure?, _ expected: String) -> Bool {
    let parts = expected.components(separatedBy: " × ")
    guard parts.count == 3 else { return false }
    let got = [measure?.event?.concept, measure?.counted?.concept, measure?.affiliation?.concept]
    for (position, want) in parts.enumerated() {
      let have = got[position]
      if want == "?" {
        if have == nil || (position == 1 && have == Measure.anyone) { continue }
        return false
      }
      if have != want { return false }
    }
    return true
  }

  /// Whether an attribution's source is the surface `expected`.
  static func source(_ attribution: Attribution, names expected: String, entities: [Entity])
    -> Bool
  {
    guard let written = attribution.source else { return false }
    let trim = " \t,.:;«»\"“”„()"
    let want = expected.trimmingCharacters(in: .init(charactersIn: trim))
    let trimmed = written.trimmingCharacters(in: .init(charactersIn: trim))
    return spellings(of: trimmed).contains {
      // A Turkish case suffix the spelling left off still ends the source's range.
      source(
        $0, attribution, names: want, entities: entities,
        cut: trimmed.hasPrefix($0) ? trimmed.unicodeScalars.count - $0.unicodeScalars.count : 0)
    }
  }

  /// The source as written, and as the case files write surfaces: without a Turkish case
  /// suffix after an apostrophe (`Bakanlığı'nın`), without an Arabic proclitic (و ب ل, and
  /// `لل` for `ال`), as their header comments say.
  static func spellings(of written: String) -> [String] {
    var forms = [written]
    if let apostrophe = written.lastIndex(where: { $0 == "'" || $0 == "’" }),
      written[written.index(after: apostrophe)...].allSatisfy(\.isLetter),
      apostrophe > written.startIndex
    {
      forms.append(String(written[..<apostrophe]))
    }
    if written.hasPrefix("لل") {
      forms.append("ال" + written.dropFirst(2))
    } else if let first = written.first, "وبل".contains(first), written.count > 3 {
      forms.append(String(written.dropFirst()))
    }
    return forms
  }

  private static func source(
    _ have: String, _ attribution: Attribution, names want: String, entities: [Entity],
    cut: Int
  ) -> Bool {
    if have.compare(want, options: .caseInsensitive) == .orderedSame { return true }
    guard let suffix = have.range(of: want, options: [.caseInsensitive, .backwards, .anchored])
    else { return false }
    let prefix = have[..<suffix.lowerBound]
    guard let last = prefix.last, " '’-".contains(last) else { return false }
    // An article, a preposition or a lowercase title: `the`, `l'`, `des`, `el ministro del`.
    let words = prefix.split(whereSeparator: { " '’,".contains($0) })
    // A capitalized word of three letters at most is an article or preposition opening the
    // sentence (`The`, `Die`, `Los`, `В`); a longer one is not (`Bislang hatte die Polizei`).
    if words.allSatisfy({ $0.first?.isLowercase == true || $0.count <= 3 }) { return true }
    // The title of the person named: `Interior Minister Süleyman Soylu`, `der Gouverneur der
    // Provinz Hatay, Rahmi Doğan` (a titled source runs to the name): the source ends with
    // a person entity that has the line's surface and a title inside the source.
    return entities.contains { entity in
      guard entity.kind == .person,
        entity.text.compare(want, options: .caseInsensitive) == .orderedSame,
        let sourceRange = attribution.sourceRange, let titleRange = entity.titleRange
      else { return false }
      return sourceRange.contains(entity.range) && sourceRange.contains(titleRange)
        && sourceRange.end == entity.range.end + cut
    }
  }
}
