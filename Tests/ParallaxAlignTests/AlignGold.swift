import Foundation
import ParallaxAlign
import ParallaxCorpus
import ParallaxFacts

/// The `align:` lines of the `Corpus/` story READMEs: each pair section's two reports and
/// its gold links (`¶0↔¶0, ¶1↔¶2 (1-2 …), ¶4↔¶2 (moved, edited), ¶6↔-, -↔¶5, -↔¶2…¶7`).
struct AlignGold {
  /// One pair section with an `align:` line.
  struct Pair {
    var story: String
    /// The section's heading (the two references and the note).
    var heading: String
    var first: String
    var second: String
    /// Gold links as (first, second) unit pairs.
    var links: Set<[Int]>
    /// Gold units with no counterpart, `[0, i]` for the first report, `[1, j]` for the second.
    var alone: Set<[Int]>
    /// Whether the section is a translation (under `## Translations`).
    var translation: Bool
  }

  /// The package root.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Every story folder of `Corpus/` with a README.
  static var stories: [String] {
    let corpus = root.appendingPathComponent("Corpus")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return names.filter {
      FileManager.default.fileExists(
        atPath: corpus.appendingPathComponent($0).appendingPathComponent("README.md").path)
    }.sorted()
  }

  /// Every pair with an `align:` line in every story README.
  static func pairs() -> [Pair] {
    var pairs: [Pair] = []
    for story in stories {
      let path = root.appendingPathComponent("Corpus/\(story)/README.md").path
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      var heading: (String, String, String)?
      var translation = false
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("## ") { translation = line.lowercased().contains("translations") }
        if line.hasPrefix("### ") {
          let title = String(line.dropFirst(4))
          let sides = title.components(separatedBy: " ↔ ")
          if sides.count == 2 {
            let second = sides[1].split(separator: " ").first.map(String.init) ?? sides[1]
            heading = (title, sides[0].trimmingCharacters(in: .whitespaces), second)
          } else {
            heading = nil
          }
        }
        guard line.hasPrefix("- align: "), let (title, first, second) = heading else { continue }
        let parsed = parse(String(line.dropFirst("- align: ".count)))
        pairs.append(
          Pair(
            story: story, heading: title, first: first, second: second, links: parsed.links,
            alone: parsed.alone, translation: translation))
      }
    }
    return pairs
  }

  /// The items of an `align:` line, split at commas outside parentheses.
  static func parse(_ line: String) -> (links: Set<[Int]>, alone: Set<[Int]>) {
    var items: [String] = []
    var depth = 0
    var current = ""
    for character in line {
      if character == "(" { depth += 1 }
      if character == ")" { depth -= 1 }
      if character == ",", depth == 0 {
        items.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    items.append(current)
    var links = Set<[Int]>()
    var alone = Set<[Int]>()
    for item in items {
      let bare = item.split(separator: "(").first.map(String.init) ?? item
      let sides = bare.trimmingCharacters(in: .whitespaces).components(separatedBy: "↔")
      guard sides.count == 2 else { continue }
      let a = indices(sides[0])
      let b = indices(sides[1])
      if a.isEmpty { for j in b { alone.insert([1, j]) } }
      if b.isEmpty { for i in a { alone.insert([0, i]) } }
      for i in a { for j in b { links.insert([i, j]) } }
    }
    return (links, alone)
  }

  /// `¶3` → [3], `¶2…¶7` → [2…7], `-` → [].
  private static func indices(_ text: String) -> [Int] {
    let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    if numbers.count == 2, text.contains("…") { return Array(numbers[0]...numbers[1]) }
    return numbers
  }

  /// The report a reference names in `story`: `en-wire.rss#1` (the second item),
  /// `seed:NAME` (a file of `../shared/seeds`), `../translations/…` (beside the story).
  static func report(_ reference: String, story: String) -> Report? {
    var name = reference
    var item = 0
    if let hash = reference.lastIndex(of: "#"), let number = Int(reference[hash...].dropFirst()) {
      name = String(reference[..<hash])
      item = number
    }
    let path: String
    if name.hasPrefix("seed:") {
      path = root.appendingPathComponent("../shared/seeds/" + name.dropFirst(5)).standardized.path
    } else {
      path = root.appendingPathComponent("Corpus/\(story)/" + name).standardized.path
    }
    let reports = ReportLoader().load([path]).reports
    return item < reports.count ? reports[item] : nil
  }

  /// The shipped `Glossaries/`.
  static let glossary: Glossary = {
    (try? Glossary(folder: root.appendingPathComponent("Glossaries"))) ?? Glossary()
  }()

  /// The extractor the aligned reports' entities come from.
  static let extractor = FactExtractor(glossaries: [glossary])
}

/// Precision and recall counts.
struct LinkCounts {
  var correct = 0
  var predicted = 0
  var gold = 0

  mutating func add(predicted: Set<[Int]>, gold: Set<[Int]>) {
    correct += predicted.intersection(gold).count
    self.predicted += predicted.count
    self.gold += gold.count
  }

  static func += (lhs: inout LinkCounts, rhs: LinkCounts) {
    lhs.correct += rhs.correct
    lhs.predicted += rhs.predicted
    lhs.gold += rhs.gold
  }

  var precision: Double {
    predicted > 0 ? Double(correct) / Double(predicted) : (gold == 0 ? 1 : 0)
  }
  var recall: Double { gold > 0 ? Double(correct) / Double(gold) : 1 }
  var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

  var text: String {
    String(
      format: "P %.2f R %.2f F1 %.2f (%d/%d/%d)", precision, recall, f1, correct, predicted, gold)
  }
}
