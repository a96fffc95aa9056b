import Foundation
import ParallaxAlign
import ParallaxCore
import Testing

/// dictd dictionaries: read forwards, backwards and through English, compressed or not; a
/// broken one is a located error.
@Suite struct DictionaryShelfTests {
  /// A folder with dictionaries built from `entries` (file base name → [(headword, lines)]).
  static func shelf(_ dictionaries: [String: [(String, String)]], compress: Bool = false) throws
    -> String
  {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-dict-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, entries) in dictionaries {
      var data = ""
      var index = ""
      for (headword, body) in entries {
        let entry = headword + "\n" + body + "\n"
        index += "\(headword)\t\(base64(data.utf8.count))\t\(base64(entry.utf8.count))\n"
        data += entry
      }
      try Data(index.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name).index"))
      let dict = URL(fileURLWithPath: "\(folder)/\(name).dict")
      try Data(data.utf8).write(to: dict)
      if compress {
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-S", ".dz", dict.path]
        try gzip.run()
        gzip.waitUntilExit()
      }
    }
    return folder
  }

  static func base64(_ value: Int) -> String {
    let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    var value = value
    var out = ""
    repeat {
      out = String(digits[value % 64]) + out
      value /= 64
    } while value > 0
    return out
  }

  static let german: Set<String> = ["häuser", "berg", "alt"]
  static let french: Set<String> = ["maisons", "montagne", "vieux"]

  @Test func forwardCompressedDictionaryMatchesThroughStems() throws {
    let folder = try Self.shelf(
      ["freedict-deu-fra": [("Haus", "maison, demeure"), ("Berg", "1. montagne 2. mont")]],
      compress: true)
    let found = DictionaryShelf(folder: folder).pairs(
      source: "de", target: "fr", sourceWords: Self.german, targetWords: Self.french)
    #expect(found.diagnostics.isEmpty, "\(found.diagnostics)")
    let pairs = Set(found.entries.map { $0.source + ">" + $0.target })
    #expect(pairs.contains("Haus>maison"))
    #expect(pairs.contains("Berg>montagne"))
    #expect(!pairs.contains { $0.hasSuffix(">demeure") })
  }

  @Test func aReverseDictionaryIsReadBackwards() throws {
    let folder = try Self.shelf(["freedict-fra-deu": [("vieux", "alt, betagt")]])
    let found = DictionaryShelf(folder: folder).pairs(
      source: "de", target: "fr", sourceWords: Self.german, targetWords: Self.french)
    #expect(found.entries.map { $0.source + ">" + $0.target } == ["alt>vieux"])
  }

  @Test func pairsWithoutADictionaryPivotThroughEnglish() throws {
    let folder = try Self.shelf([
      "freedict-deu-eng": [("Berg", "mountain, mount")],
      "freedict-eng-fra": [("mountain", "montagne")],
    ])
    let found = DictionaryShelf(folder: folder).pairs(
      source: "de", target: "fr", sourceWords: Self.german, targetWords: Self.french)
    #expect(found.entries.map { $0.source + ">" + $0.target } == ["Berg>montagne"])
    #expect(found.entries.allSatisfy { $0.score <= 0.5 })
    #expect(found.diagnostics.contains { $0.severity == .note && $0.message.contains("English") })
  }

  @Test func noDictionaryIsANote() throws {
    let folder = try Self.shelf([:])
    let found = DictionaryShelf(folder: folder).pairs(
      source: "tr", target: "ru", sourceWords: ["ev"], targetWords: ["дом"])
    #expect(found.entries.isEmpty)
    #expect(found.diagnostics.map(\.severity) == [.note])
  }

  @Test func brokenDictionariesAreLocatedErrors() throws {
    let folder = try Self.shelf(["freedict-deu-fra": [("Haus", "maison")]])
    try Data("Haus\tA\tB\nBerg\t!!\tB\n".utf8).write(
      to: URL(fileURLWithPath: folder + "/freedict-deu-fra.index"))
    let found = DictionaryShelf(folder: folder).pairs(
      source: "de", target: "fr", sourceWords: Self.german, targetWords: Self.french)
    let error = try #require(found.diagnostics.first { $0.severity == .error })
    #expect(error.location == SourceLocation(path: folder + "/freedict-deu-fra.index", line: 2))

    let compressed = try Self.shelf(["freedict-deu-fra": [("Haus", "maison")]], compress: true)
    try Data([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]).write(
      to: URL(fileURLWithPath: compressed + "/freedict-deu-fra.dict.dz"))
    let corrupt = DictionaryShelf(folder: compressed).pairs(
      source: "de", target: "fr", sourceWords: Self.german, targetWords: Self.french)
    #expect(
      corrupt.diagnostics.contains { $0.severity == .error && $0.location.path.hasSuffix(".dz") })
  }
}
