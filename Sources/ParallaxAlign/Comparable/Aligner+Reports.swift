import Foundation
import ParallaxCorpus
import ParallaxFacts
import ParallaxText

extension Aligner {
  /// Aligns two reports: their paragraphs (¶0 the headline) or their sentences, in `mode`,
  /// with the links between their entities.
  ///
  /// `facts` are the reports' facts when the caller has them; else they are extracted here
  /// (entities need them).
  public func align(
    _ first: Report, _ second: Report, facts: (first: ReportFacts, second: ReportFacts)? = nil,
    unit: AlignmentUnit = .paragraph, mode: AlignmentMode = .auto,
    comparable: ComparableOptions = ComparableOptions()
  ) -> ReportAlignment {
    let a = ReportUnits(first, unit: unit)
    let b = ReportUnits(second, unit: unit)
    let headlines =
      unit == .paragraph && first.paragraphs.first?.kind == .headline
      && second.paragraphs.first?.kind == .headline
    let known = facts ?? (FactExtractor().extract(first), FactExtractor().extract(second))
    var result = align(
      a.side, b.side, mode: mode, unit: unit, comparable: comparable, headlines: headlines,
      anchors: (a.anchors(known.first), b.anchors(known.second)))
    result.firstID = first.id
    result.secondID = second.id
    if unit == .sentence {
      result.firstParagraphs = a.paragraphOfUnit
      result.secondParagraphs = b.paragraphOfUnit
    }
    var paragraphPairs = Set<[Int]>()
    for (s, t) in result.pairs {
      paragraphPairs.insert([a.paragraphOfUnit[s], b.paragraphOfUnit[t]])
    }
    result.entityLinks = EntityLinker().link(
      known.first, known.second,
      paragraphPairs: paragraphPairs.sorted { $0.lexicographicallyPrecedes($1) }.map {
        ($0[0], $0[1])
      })
    return result
  }
}

/// A report cut into units: its paragraphs, or the sentences of each paragraph.
struct ReportUnits {
  /// The units as an alignment side.
  let side: AlignmentSide
  /// The paragraph index of each unit.
  let paragraphOfUnit: [Int]
  /// Whether each unit is a whole paragraph.
  let unitIsParagraph: Bool

  init(_ report: Report, unit: AlignmentUnit) {
    let code = report.language?.code ?? "und"
    let language = code.split(separator: "-").first.map(String.init) ?? code
    var units: [String] = []
    var paragraphs: [Int] = []
    switch unit {
    case .paragraph, .line:
      units = report.paragraphs.map(\.text)
      paragraphs = report.paragraphs.map(\.index)
    case .sentence:
      let splitter = SentenceSplitter(language: language)
      for paragraph in report.paragraphs {
        // As `AlignmentSide.sentences(of:language:name:)` numbers them: trimmed, empty
        // ones left out.
        for sentence in splitter.sentences(in: paragraph.text) {
          let text = sentence.range.slice(of: paragraph.text)
            .trimmingCharacters(in: .whitespacesAndNewlines)
          guard !text.isEmpty else { continue }
          units.append(text)
          paragraphs.append(paragraph.index)
        }
      }
    }
    side = AlignmentSide(units: units, language: language, name: report.path)
    paragraphOfUnit = paragraphs
    unitIsParagraph = unit != .sentence
  }

  /// The facts stage's anchors of each unit: figures by exact value, dates by day, entities
  /// by concept or transliteration. A sentence takes those of its paragraph it writes.
  func anchors(_ facts: ReportFacts) -> [[UnitAnchor]] {
    var byParagraph: [Int: [UnitAnchor]] = [:]
    for paragraph in facts.paragraphs {
      var list: [UnitAnchor] = []
      for figure in paragraph.figures {
        let value = figure.value.description
        let digits = value.filter { $0.isNumber }
        let significant = digits.reversed().drop { $0 == "0" }.count
        // A bare small count (`two`, `1`) says little; a long exact value says much.
        list.append(
          UnitAnchor(
            key: "f" + value, multiplier: min(1.5, 0.3 + 0.3 * Double(max(significant, 1))),
            surface: figure.text))
      }
      for date in paragraph.dates {
        guard let day = date.date else { continue }
        list.append(UnitAnchor(key: "d\(day)", multiplier: 0.8, surface: date.text))
      }
      for entity in paragraph.entities {
        let key = entity.key.concept ?? entity.key.latin
        list.append(UnitAnchor(key: "e" + key, multiplier: 1, surface: entity.text))
      }
      byParagraph[paragraph.index] = list
    }
    return zip(side.units, paragraphOfUnit).map { text, paragraph in
      let list = byParagraph[paragraph] ?? []
      return unitIsParagraph ? list : list.filter { text.contains($0.surface) }
    }
  }
}

extension AlignmentUnit {
  /// The texts of `report`'s units of this kind, in the order the alignment numbers them
  /// (a line is a paragraph here).
  public func texts(of report: Report) -> [String] {
    ReportUnits(report, unit: self).side.units
  }
}
