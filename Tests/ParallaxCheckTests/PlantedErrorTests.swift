import Foundation
import ParallaxCheck
import Testing

@Suite("Planted errors and clean translations")
struct PlantedErrorTests {
  @Test("Every planted error is found as an error; no error on the clean translations")
  func plantedAndClean() throws {
    let translations = CheckTestSupport.translations
    #expect(translations.count >= 10)
    var clean = 0
    for translation in translations {
      let result = try #require(CheckTestSupport.check(translation), "\(translation.file)")
      let errors = result.findings.filter { $0.severity == .error }
      #expect(errors.isEmpty, "\(translation.file): \(errors.map(\.message))")
      if errors.isEmpty { clean += 1 }
    }
    var found = 0
    let planted = CheckTestSupport.planted
    #expect(planted.count >= 35)
    for error in planted {
      guard let translation = translations.first(where: { $0.file == error.file }) else {
        Issue.record("no translation \(error.file)")
        continue
      }
      let result = try #require(CheckTestSupport.check(error, in: translation), "\(error)")
      let hit = result.findings.contains { $0.severity == .error && $0.kind == error.kind }
      #expect(
        hit,
        "\(error) not found: \(result.findings.filter { $0.severity == .error }.map(\.message))")
      if hit { found += 1 }
    }
    print(
      "check: \(planted.count) planted, \(found) found; clean documents with no error: "
        + "\(clean)/\(translations.count)")
  }
}
