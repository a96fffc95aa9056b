import Foundation
import Testing

@testable import ParallaxCorpus

/// The byte-level profile reader against a plain reading of the same files with `String`
/// calls (the way the model was read before start-up time mattered).
@Suite struct LanguageProfileTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/ParallaxCorpus/Resources/language")

  /// The plain reading: lines, trimmed, split on spaces, numbers through `Double(_:)`.
  static func plainReading(_ text: String) -> LanguageProfile {
    var profile = LanguageProfile()
    var section = ""
    for rawLine in text.split(whereSeparator: \.isNewline) {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") {
        section = line
        continue
      }
      let fields = line.split(separator: " ")
      switch section {
      case "[language]" where fields.count >= 2:
        let value = fields.dropFirst().joined(separator: " ")
        switch fields[0] {
        case "code": profile.language.code = value
        case "name": profile.language.name = value
        case "script": profile.language.script = value
        default: break
        }
      case "[stopwords]":
        profile.stopwords += fields.map(String.init)
      case "[ngrams]" where fields.count == 3 && fields[0] == "unseen":
        if let order = Int(fields[1]), (1...3).contains(order), let bits = Double(fields[2]) {
          profile.unseen[order - 1] = LanguageModel.quantize(bits)
        }
      case "[ngrams]" where fields.count == 2 && fields[0] == "fit":
        profile.language.fit = Double(fields[1]) ?? 0
      case "[ngrams]" where fields.count == 2:
        let codes = fields[0].unicodeScalars.map { LanguageScanner.fold($0.value) }
        guard (1...3).contains(codes.count), let bits = Double(fields[1]) else { continue }
        let key = LanguageModel.key(
          codes[0], codes.count > 1 ? codes[1] : 0, codes.count > 2 ? codes[2] : 0)
        profile.ngrams.append(
          .init(order: codes.count, key: key, cost: LanguageModel.quantize(bits)))
      default:
        continue
      }
    }
    return profile
  }

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".txt") && $0.count <= 7 }.sorted()
  }

  @Test func everyBundledProfileReadsAsThePlainReading() throws {
    #expect(Self.files.count >= 14)
    for name in Self.files {
      let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
      let fast = LanguageProfile(text: text)
      #expect(!fast.language.code.isEmpty, "\(name)")
      #expect(fast == Self.plainReading(text), "\(name)")
    }
  }

  @Test func oddLinesReadAsThePlainReading() {
    let text =
      "[language]\r\n  code xx \ncode\nname Two  Words\n[stopwords]\n\tle  la\n# c\n"
      + "[ngrams]\nunseen 2 1e1\nunseen 4 3\nfit 007.50\ne 2.86\nabcd 1\n_é_ 12.345678901234567\n"
      + "x -1\ny .5\nz 5.\n[other]\nw 1\n"
    #expect(LanguageProfile(text: text) == Self.plainReading(text))
  }

  @Test func decimalsAreTheCorrectlyRoundedDoubles() {
    for text in ["0", "2.86", "12.24", "7.07", "0.1", "123456.789", "99.99", "1.0000001"] {
      var copy = text
      let value = copy.withUTF8 { LanguageProfile.number($0) }
      #expect(value == Double(text), "\(text)")
    }
  }
}
