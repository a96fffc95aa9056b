import Foundation
import Testing

@testable import ParallaxFacts

@Suite struct FigureDebugTests {
  @Test func debugDump() {
    guard let input = ProcessInfo.processInfo.environment["FIG_DEBUG"] else { return }
    let lang = ProcessInfo.processInfo.environment["FIG_LANG"] ?? "fr"
    let extractor = FigureExtractor(language: lang)
    for line in input.components(separatedBy: "\n") {
      print("## \(line)")
      for number in extractor.numbers(in: line) {
        print("  N \(number.range) \(number.text) = \(number.value)")
      }
      for figure in extractor.figures(in: line) {
        print(
          "  F \(figure.expressionRange) «\(figure.text)» = \(figure.value) up=\(figure.upper?.description ?? "-") \(figure.qualifier) \(figure.kind) \(figure.currency ?? "") \(figure.status) from=\(figure.changedFrom?.description ?? "-") [\(figure.measure?.key ?? "")] \(figure.form)"
        )
      }
    }
  }
}
