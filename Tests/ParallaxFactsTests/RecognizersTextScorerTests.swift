import Foundation
import Testing

/// The scorer itself: Resolution values in every notation the specs use, and folder
/// discovery (a folder of an unknown language is reported, a file beside the folders ignored).
@Suite struct RecognizersTextScorerTests {
  @Test(arguments: [
    ("0,08", "tr", 0.08),
    ("0.666666666666667", "fr", 0.666666666666667),
    ("1,234,567", "en", 1_234_567),
    ("1,234", "en", 1234),
    ("4,8", "fr", 4.8),
    ("1.234.567,89", "tr", 1_234_567.89),
    ("1,234,567.89", "es", 1_234_567.89),
    ("-1,2732E+15", "tr", -1.2732e15),
    ("1E-12", "en", 1e-12),
    ("2/3", "ru", 2.0 / 3.0),
    ("25%", "ar", 25),
    ("-5%", "tr", -5),
    ("٢٫٥", "ar", 2.5),
    ("١٬٢٣٤٫٥", "ar", 1234.5),
    ("1 234,5", "ru", 1234.5),
  ])
  func values(_ raw: String, _ code: String, _ expected: Double) {
    let value = RecognizersTextScorer.value(raw, code: code)
    #expect(value.map { abs($0 - expected) <= 1e-9 * max(1, abs(expected)) } == true, "\(raw)")
  }

  @Test func discoveryReportsUnknownFolders() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("rt-discovery-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for folder in ["Turkish", "Klingon"] {
      let url = root.appendingPathComponent(folder)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      try Data("[]".utf8).write(to: url.appendingPathComponent("NumberModel.json"))
    }
    try Data("license".utf8).write(to: root.appendingPathComponent("LICENSE"))
    let (specs, unknown) = RecognizersTextScorer.discover(root)
    #expect(specs.map { "\($0.folder)/\($0.model)/\($0.code)" } == ["Turkish/NumberModel/tr"])
    #expect(unknown == ["Klingon"])
  }
}
