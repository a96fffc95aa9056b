import Foundation
import Testing

@testable import ParallaxFacts

/// The old figure cases and traps, scored and printed per language (issue 9 asks for the old
/// suites and the held-out cases side by side). Every old case must hold: the floor is all
/// of them, as the per-case tests already demand.
extension FigureCaseTests {
  /// Whether the extractor gives `item` in full.
  static func isRight(_ item: FigureCase) -> Bool {
    let figures = FigureExtractor(language: item.language).figures(in: item.text)
    guard let figure = figures.first(where: { $0.range.slice(of: item.text) == item.number })
    else { return false }
    return figure.value == ExactNumber(string: item.value) && figure.qualifier == item.qualifier
      && figure.kind == item.kind && figure.status == item.status
      && (item.currency.map { figure.currency == $0 } ?? true)
      && (item.upper.map { figure.upper == ExactNumber(string: $0) } ?? true)
      && (item.measure.map { (figure.measure?.key ?? "? × ? × ?") == $0 } ?? true)
  }

  @Test func oldCasesPerLanguage() {
    let cases = FigureCaseTests.cases + FigureCaseTests.contextCases
    var lines: [String] = []
    for language in FactExtractor.supportedLanguages {
      let mine = cases.filter { $0.language == language }
      let right = mine.filter(Self.isRight).count
      let traps = FigureTrapTests.notFigures.filter { $0.0 == language }
      let held = traps.filter { language, text, span in
        !FigureExtractor(language: language).figures(in: text)
          .contains { $0.range.slice(of: text).contains(span) }
      }.count
      lines.append(
        "old figure cases \(language): \(right)/\(mine.count) right; traps \(held)/\(traps.count)")
      #expect(right == mine.count, "\(language): old figure cases under their floor (all)")
      #expect(held == traps.count, "\(language): old traps under their floor (all)")
    }
    print(lines.joined(separator: "\n"))
  }
}
