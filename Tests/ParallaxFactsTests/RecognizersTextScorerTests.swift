import Foundation
import Testing

/// The scorer itself: Resolution values in every notation the specs use, and folder
/// discovery (a folder of an unknown language is reported, a file beside the folders ignored).
@Suite struct RecognizersTextScorerTests {
  @Test(arguments: [
    ("0,08", true, 0.08),
    ("0.666666666666667", true, 0.666666666666667),
    ("1,234,567", false, 1_234_567),
    ("1,234", false, 1234),
    ("1,234.5", false, 1234.5),
    ("2,357", true, 2.357),
    ("4,8", false, 4.8),
    ("0,125", false, 0.125),
    ("1.234.567,89", true, 1_234_567.89),
    ("1,234,567.89", true, 1_234_567.89),
    ("-1,2732E+15", true, -1.2732e15),
    ("1E-12", false, 1e-12),
    ("2/3", false, 2.0 / 3.0),
    ("25%", false, 25),
    ("-5%", true, -5),
    ("٢٫٥", false, 2.5),
    ("١٬٢٣٤٫٥", false, 1234.5),
    ("1 234,5", true, 1234.5),
  ])
  func values(_ raw: String, _ commaDecimal: Bool, _ expected: Double) {
    let value = RecognizersTextScorer.value(raw, commaDecimal: commaDecimal)
    #expect(value.map { abs($0 - expected) <= 1e-9 * max(1, abs(expected)) } == true, "\(raw)")
  }

  @Test func commaDecimalFiles() {
    #expect(RecognizersTextScorer.commaIsDecimal(["12", "0,08", "2,357"]))
    #expect(RecognizersTextScorer.commaIsDecimal(["2000,352"]))
    #expect(!RecognizersTextScorer.commaIsDecimal(["1,234", "0.5", "1,234,567", "25%"]))
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
