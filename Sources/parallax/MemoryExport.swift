import ParallaxAlign
import ParallaxCorpus
import ParallaxExchange

/// Alignments made into translation-memory units: one `tu` per link of a parallel
/// alignment, its units joined, with the score, the outlets, the dates and the unit numbers
/// as `prop`s. A comparable alignment is refused: two outlets' reports are not translations
/// of each other.
enum MemoryExport {
  /// What one side of an alignment is: its units' texts and its report, when it has one.
  struct Side {
    var name: String
    var language: String
    var units: [String]
    var report: Report?
  }

  /// Two reports aligned for a memory (`mode` auto): as the aligner decides, except that a
  /// short translation the aligner leaves comparable for want of evidence (it wants ten
  /// confident links; a translated news report has five to ten paragraphs) is taken as
  /// parallel when every unit of both reports is linked, no link moved and there are three
  /// links at least. Two outlets' own reports nearly always leave a paragraph unmatched.
  static func align(_ aligner: Aligner, _ a: Report, _ b: Report, unit: AlignmentUnit)
    -> ReportAlignment
  {
    let found = aligner.align(a, b, unit: unit, mode: .auto)
    guard found.decision.mode == .comparable, !found.decision.versions,
      found.unmatchedFirst.isEmpty, found.unmatchedSecond.isEmpty, found.links.count >= 3,
      !found.links.contains(where: \.moved)
    else { return found }
    var parallel = aligner.align(a, b, unit: unit, mode: .parallel)
    parallel.decision = ModeDecision(
      mode: .parallel, versions: false, automatic: true,
      reason: "parallel: every unit of both texts is linked and none moved "
        + "(\(found.links.count) links; the aligner alone wants ten confident ones)")
    return parallel
  }

  /// Why an alignment gives no units, or nil when it does.
  static func refusal(_ alignment: ReportAlignment) -> String? {
    guard alignment.decision.mode == .parallel else {
      return "the alignment is comparable (\(alignment.decision.reason)): "
        + "a translation memory holds only parallel alignments (translations); "
        + "no unit exported"
    }
    guard primary(alignment.firstLanguage) != primary(alignment.secondLanguage) else {
      return "both texts are in one language (\(alignment.firstLanguage)): no unit exported"
    }
    return nil
  }

  /// The units of a parallel alignment's links.
  static func units(
    _ links: [(first: [Int], second: [Int], score: Double)], _ a: Side, _ b: Side,
    unit: String
  ) -> [TranslationMemory.Unit] {
    links.compactMap { link in
      let source = link.first.filter { a.units.indices.contains($0) }.map { a.units[$0] }
      let target = link.second.filter { b.units.indices.contains($0) }.map { b.units[$0] }
      guard !source.isEmpty, !target.isEmpty else { return nil }
      var properties = [
        TranslationMemory.Property("x-parallax-score", String(format: "%.3f", link.score)),
        TranslationMemory.Property("x-parallax-source-report", a.name),
        TranslationMemory.Property("x-parallax-target-report", b.name),
        TranslationMemory.Property(
          "x-parallax-units",
          "\(unit) " + link.first.map(String.init).joined(separator: "+") + " → "
            + link.second.map(String.init).joined(separator: "+")),
      ]
      for (label, report) in [("source", a.report), ("target", b.report)] {
        if let outlet = report?.outlet {
          properties.append(TranslationMemory.Property("x-parallax-\(label)-outlet", outlet))
        }
        if let date = report?.published ?? report?.updated {
          properties.append(TranslationMemory.Property("x-parallax-\(label)-date", date.iso))
        }
      }
      return TranslationMemory.Unit(
        sourceLanguage: a.language, source: source.joined(separator: " "),
        targetLanguage: b.language, target: target.joined(separator: " "),
        properties: properties)
    }
  }

  /// A memory of `units` (their one source language, or `*all*`), numbered from 1.
  static func memory(_ units: [TranslationMemory.Unit], segmentType: String)
    -> TranslationMemory
  {
    var numbered = units
    for index in numbered.indices { numbered[index].id = String(index + 1) }
    return TranslationMemory(
      header: TranslationMemory.Header(
        sourceLanguage: TranslationMemory.sourceLanguage(of: numbered), segmentType: segmentType),
      units: numbered)
  }

  /// `fr` of `fr-FR`.
  static func primary(_ code: String) -> String {
    String(code.split(separator: "-").first ?? "").lowercased()
  }
}
