import Foundation
import Testing

/// `parallax check` end to end through the aligner: a clean translation passes, a changed
/// figure fails the gate.
@Suite struct CheckCommandAlignedTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let source = root.appendingPathComponent("Corpus/idleb-2020-02/fr-quotidien.txt").path
  static let translation = root.appendingPathComponent(
    "Tests/ParallaxCheckTests/Fixtures/idleb/de.txt")

  @Test func aCleanTranslationHasNoError() throws {
    let result = try CLI.run(["check", Self.source, Self.translation.path])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains("0 errors"))
  }

  @Test func aChangedFigureIsAnError() throws {
    let text = try String(contentsOf: Self.translation, encoding: .utf8)
    #expect(text.contains("22"))
    let damaged = try CLI.temporaryFile(
      text.replacingOccurrences(of: "22", with: "27"), name: "de-damaged.txt")
    let result = try CLI.run(["check", Self.source, damaged])
    #expect(result.status == 1)
    #expect(result.stdout.contains("error"))
  }
}
