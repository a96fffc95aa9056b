import Foundation
import Testing

/// The stand-in for the held-out measure: short news reports in all seven languages with
/// careful translations (`Tests/ParallaxCheckTests/Fixtures/news`, `X-from-Y.txt` translates
/// `Y.txt`), checked as a user checks them: `parallax check SOURCE TRANSLATION`, through the
/// aligner in parallel mode. No error on a clean translation; every planted error of
/// `planted.tsv` found as an error of its kind.
@Suite struct CheckStandInTests {
  static let folder = CheckCommandAlignedTests.root
    .appendingPathComponent("Tests/ParallaxCheckTests/Fixtures/news")
  static let glossary = folder.appendingPathComponent("terms.tsv").path

  /// Each translation of the folder with its source (file names).
  static let translations: [(source: String, translation: String)] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.contains("-from-") && $0.hasSuffix(".txt") }.sorted().compactMap {
      name in
      guard let range = name.range(of: "-from-") else { return nil }
      return (String(name[range.upperBound...]), name)
    }
  }()

  /// The hand translations of `Corpus/translations` with their sources (`corpus-pairs.tsv`,
  /// paths from the package root).
  static let corpusTranslations: [(source: String, translation: String)] = {
    let text =
      (try? String(
        contentsOf: folder.appendingPathComponent("corpus-pairs.tsv"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let cells = line.split(separator: "\t").map(String.init)
      return cells.count == 2 ? (cells[1], cells[0]) : nil
    }
  }()

  /// Every translation checked: the folder's and the corpus's.
  static var allTranslations: [(source: String, translation: String)] {
    translations + corpusTranslations
  }

  /// The path of a file named in the folder (a bare name) or from the package root.
  static func path(_ name: String) -> String {
    name.contains("/")
      ? CheckCommandAlignedTests.root.appendingPathComponent(name).path
      : folder.appendingPathComponent(name).path
  }

  /// One planted error.
  struct Planted: CustomStringConvertible, Sendable {
    var file: String
    var kind: String
    var find: String
    var replace: String
    var description: String { "\(file): \(kind) «\(find)» → «\(replace.prefix(40))»" }
  }

  static let planted: [Planted] = {
    let text =
      (try? String(
        contentsOf: folder.appendingPathComponent("planted.tsv"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return cells.count == 4
        ? Planted(file: cells[0], kind: cells[1], find: cells[2], replace: cells[3]) : nil
    }
  }()

  /// The findings of `check` as (severity, kind, message).
  static func check(_ source: String, _ translation: String) throws -> [(
    severity: String, kind: String, message: String
  )] {
    let result = try CLI.run([
      "check", source, translation, "--format", "json", "--glossary", glossary,
    ])
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let findings = json?["findings"] as? [[String: Any]] ?? []
    return findings.map {
      ($0["severity"] as? String ?? "", $0["kind"] as? String ?? "", $0["message"] as? String ?? "")
    }
  }

  @Test func everyLanguageIsASourceTwiceAndATarget() {
    let sources = Set(Self.translations.map { String($0.source.prefix(2)) })
    let targets = Set(Self.translations.map { String($0.translation.prefix(2)) })
    let seven: Set<String> = ["fr", "en", "de", "es", "tr", "ar", "ru"]
    #expect(sources == seven && targets == seven)
    for language in seven {
      #expect(Self.translations.filter { $0.source.hasPrefix(language) }.count >= 2, "\(language)")
    }
  }

  @Test func cleanTranslationsHaveNoError() throws {
    var clean = 0
    for (source, translation) in Self.allTranslations {
      let findings = try Self.check(Self.path(source), Self.path(translation))
      let errors = findings.filter { $0.severity == "error" }
      #expect(errors.isEmpty, "\(translation): \(errors.map(\.message))")
      if errors.isEmpty { clean += 1 }
    }
    let share = Double(clean) / Double(max(1, Self.allTranslations.count)) * 100
    print(
      "check stand-in: \(clean)/\(Self.allTranslations.count) clean translations with no error "
        + "(\(String(format: "%.1f", share)) %)")
    #expect(Self.translations.count >= 21 && Self.corpusTranslations.count >= 16)
  }

  /// The translation's text damaged as `planted` says.
  static func damaged(_ text: String, _ planted: Planted) -> String? {
    var blocks = text.components(separatedBy: "\n\n")
    guard let index = blocks.indices.dropFirst().first(where: { blocks[$0].contains(planted.find) })
    else { return nil }
    if planted.replace == "drop" {
      blocks.remove(at: index)
    } else if planted.replace.hasPrefix("=") {
      blocks[index] = String(planted.replace.dropFirst())
    } else {
      blocks[index] = blocks[index].replacingOccurrences(of: planted.find, with: planted.replace)
    }
    return blocks.joined(separator: "\n\n")
  }

  @Test func everyPlantedErrorIsFoundAsAnError() throws {
    #expect(Self.planted.count >= 158)
    var found = 0
    var figures = (planted: 0, found: 0)
    for planted in Self.planted {
      guard let pair = Self.allTranslations.first(where: { $0.translation == planted.file })
      else {
        Issue.record("no translation \(planted.file)")
        continue
      }
      let text = try String(contentsOfFile: Self.path(planted.file), encoding: .utf8)
      guard let damaged = Self.damaged(text, planted) else {
        Issue.record("\(planted): not found in the translation")
        continue
      }
      let copy = try CLI.temporaryFile(
        damaged, name: URL(fileURLWithPath: planted.file).lastPathComponent)
      let findings = try Self.check(Self.path(pair.source), copy)
      let hit = findings.contains { $0.severity == "error" && $0.kind == planted.kind }
      #expect(
        hit, "\(planted) not found: \(findings.filter { $0.severity != "note" }.map(\.message))")
      if hit { found += 1 }
      if planted.kind.hasPrefix("figure") {
        figures.planted += 1
        if hit { figures.found += 1 }
      }
    }
    print(
      "check stand-in: \(Self.planted.count) planted, \(found) found as errors of their kind "
        + "(number changes: \(figures.found)/\(figures.planted))")
  }
}
