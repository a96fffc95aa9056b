import Foundation
import ParallaxCheck
import ParallaxCompare
import ParallaxCorpus
import ParallaxFacts

/// The translations of `Fixtures/`, their gold pairs (the aligner's stand-in in these tests)
/// and the planted errors, loaded once.
enum CheckTestSupport {
  /// The package root (three folders above this file).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let fixtures = packageRoot.appendingPathComponent("Tests/ParallaxCheckTests/Fixtures")

  /// The shipped `Glossaries/` and the test glossary with forbidden renderings.
  static let glossaries: [Glossary] = {
    var result: [Glossary] = []
    if let shipped = try? Glossary(folder: packageRoot.appendingPathComponent("Glossaries")) {
      result.append(shipped)
    }
    if let terms = try? Glossary(contentsOf: fixtures.appendingPathComponent("terms.tsv")) {
      result.append(terms)
    }
    return result
  }()

  static let extractor = FactExtractor(glossaries: glossaries)

  static let checker: TranslationChecker = {
    var merged = Glossary()
    for glossary in glossaries { merged.merge(glossary) }
    return TranslationChecker(glossary: merged)
  }()

  /// One translation with its source and gold pairs.
  struct Translation {
    var file: String
    var source: String
    var pairs: [ParagraphPair]
  }

  /// `pairs.tsv`.
  static let translations: [Translation] = rows("pairs.tsv").map { cells in
    Translation(file: cells[0], source: cells[1], pairs: parsePairs(cells[2]))
  }

  /// One planted error.
  struct Planted: CustomStringConvertible {
    var file: String
    var kind: Finding.Kind
    var find: String
    var replace: String
    var description: String { "\(file): \(kind.rawValue) «\(find)» → «\(replace)»" }
  }

  /// `planted.tsv`.
  static let planted: [Planted] = rows("planted.tsv").compactMap { cells in
    guard let kind = Finding.Kind(rawValue: cells[1]) else { return nil }
    return Planted(file: cells[0], kind: kind, find: cells[2], replace: cells[3])
  }

  static func rows(_ name: String) -> [[String]] {
    let text =
      (try? String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }.filter { $0.count >= 3 }
  }

  /// `[0]:[0] [7,8]:[7]` → pairs.
  static func parsePairs(_ text: String) -> [ParagraphPair] {
    text.split(separator: " ").compactMap { bead in
      let sides = bead.split(separator: ":", omittingEmptySubsequences: false)
      guard sides.count == 2 else { return nil }
      func indices(_ side: Substring) -> [Int] {
        side.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",")
          .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
      }
      return ParagraphPair(left: indices(sides[0]), right: indices(sides[1]), score: 1)
    }
  }

  /// A report loaded from a path relative to the package root (or absolute).
  static func report(_ path: String) -> Report? {
    let full = path.hasPrefix("/") ? path : packageRoot.appendingPathComponent(path).path
    return ReportLoader().load([full]).reports.first
  }

  static func side(_ report: Report) -> CheckSide {
    CheckSide(report: report, facts: extractor.extract(report))
  }

  /// The check of a translation as it is.
  static func check(_ translation: Translation) -> CheckResult? {
    guard let source = report(translation.source),
      let target = report(fixtures.appendingPathComponent(translation.file).path)
    else { return nil }
    return checker.check(source: side(source), target: side(target), pairs: translation.pairs)
  }

  /// The check of a copy of `translation` damaged as `planted` says.
  static func check(_ planted: Planted, in translation: Translation) -> CheckResult? {
    guard let source = report(translation.source),
      var target = report(fixtures.appendingPathComponent(translation.file).path),
      let index = target.paragraphs.firstIndex(where: { $0.text.contains(planted.find) })
    else { return nil }
    var pairs = translation.pairs
    switch planted.replace {
    case "drop":
      target.paragraphs.remove(at: index)
      for position in target.paragraphs.indices { target.paragraphs[position].index = position }
      pairs = pairs.map { pair in
        var pair = pair
        pair.right = pair.right.filter { $0 != index }.map { $0 > index ? $0 - 1 : $0 }
        return pair
      }
    case "source":
      let left = pairs.first { $0.right.contains(index) }?.left ?? []
      target.paragraphs[index].text = left.compactMap { i in
        source.paragraphs.first { $0.index == i }?.text
      }.joined(separator: " ")
    case let whole where whole.hasPrefix("="):
      target.paragraphs[index].text = String(whole.dropFirst())
    default:
      target.paragraphs[index].text = target.paragraphs[index].text.replacingOccurrences(
        of: planted.find, with: planted.replace)
    }
    return checker.check(source: side(source), target: side(target), pairs: pairs)
  }
}
