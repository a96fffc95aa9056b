import Foundation
import Testing

/// `glossary suggest` on each Corpus story: the key entity and concept pairs its README lists
/// (`- suggest: fr "Idleb" ↔ en "Idlib"`, written before suggest was first run) must be in
/// the top 10 of suggest run on all the story's reports and translations in those two
/// languages; the precision of the top 20 is printed, judged against `Glossaries/` and the
/// README lists. A third story, `Fixtures/suggest-valdrin-2026-03` (three short reports on
/// an invented event), was written with its list before suggest was first run on it, as a
/// check against fitting the ranking to the two Corpus stories (its first score, 3/9, led
/// to the acronym pairing by aligned units and the spelling prior of learnt terms, so it is
/// no longer fully held out).
@Suite(.serialized) struct GlossarySuggestCorpusTests {
  struct Listed: Hashable {
    var languages: [String]
    var terms: [String]
  }

  static let stories = ["idleb-2020-02", "helior-karayel-2025-06", "suggest-valdrin-2026-03"]

  /// The story's folder: in `Corpus/`, or else a fixture of this suite.
  static func folder(_ story: String) -> String {
    FileManager.default.fileExists(atPath: "Corpus/\(story)")
      ? "Corpus/\(story)" : "Tests/ParallaxCLITests/Fixtures/\(story)"
  }

  /// The `- suggest:` lines of a story README.
  static func listed(_ story: String) throws -> [Listed] {
    let text = try String(contentsOfFile: folder(story) + "/README.md", encoding: .utf8)
    var result: [Listed] = []
    for line in text.split(separator: "\n") where line.hasPrefix("- suggest: ") {
      let sides = line.dropFirst("- suggest: ".count).components(separatedBy: " ↔ ")
      let parsed = sides.compactMap { side -> (String, String)? in
        guard let space = side.firstIndex(of: " ") else { return nil }
        let term = side[side.index(after: space)...].trimmingCharacters(in: .whitespaces)
          .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        return (String(side[..<space]), term)
      }
      guard parsed.count == 2 else { continue }
      result.append(Listed(languages: parsed.map(\.0), terms: parsed.map(\.1)))
    }
    return result
  }

  /// Folded words of a term (two letters or more).
  static func words(_ term: String) -> [String] {
    term.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .components(separatedBy: CharacterSet.letters.inverted).filter { $0.count >= 2 }
  }

  /// One is a prefix of the other, or both start with the same four letters (inflection).
  static func sameWord(_ a: String, _ b: String) -> Bool {
    a.hasPrefix(b) || b.hasPrefix(a) || (a.count >= 4 && b.count >= 4 && a.prefix(4) == b.prefix(4))
  }

  /// Every word of `listed` is a word of `suggested`.
  static func covers(_ suggested: String, _ listed: String) -> Bool {
    let have = words(suggested)
    let want = words(listed)
    return !want.isEmpty && want.allSatisfy { w in have.contains { sameWord($0, w) } }
  }

  /// Both ways: the two terms name the same thing.
  static func same(_ a: String, _ b: String) -> Bool { covers(a, b) && covers(b, a) }

  /// A suggestion (languages, terms) matches a listed pair, in either order.
  static func matches(_ s: (String, String, String, String), _ listed: Listed) -> Bool {
    let (la, a, lb, b) = s
    if listed.languages == [la, lb] {
      return covers(a, listed.terms[0]) && covers(b, listed.terms[1])
    }
    if listed.languages == [lb, la] {
      return covers(b, listed.terms[0]) && covers(a, listed.terms[1])
    }
    return false
  }

  /// The concepts of `Glossaries/`: per concept, its variants by language.
  static let concepts: [[String: [String]]] = {
    var result: [[String: [String]]] = []
    let folder = "Glossaries"
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for file in files.sorted() where file.hasSuffix(".tsv") {
      guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else {
        continue
      }
      var header: [String] = []
      for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        if header.isEmpty {
          header = cells
          continue
        }
        var concept: [String: [String]] = [:]
        for (index, cell) in cells.enumerated() where index > 0 && index < header.count {
          concept[header[index]] = cell.components(separatedBy: " | ").filter { !$0.isEmpty }
        }
        result.append(concept)
      }
    }
    return result
  }()

  /// Whether a suggestion is right: one concept of `Glossaries/` has both terms, or a
  /// README lists it.
  static func correct(_ s: (String, String, String, String), listed: [Listed]) -> Bool {
    let (la, a, lb, b) = s
    if listed.contains(where: { matches(s, $0) }) { return true }
    return concepts.contains { concept in
      (concept[la] ?? []).contains { same($0, a) } && (concept[lb] ?? []).contains { same($0, b) }
    }
  }

  /// The story's files in the two languages (the Corpus names files by language): every
  /// report of the story and every translation of it in `Corpus/translations/` — all the
  /// aligned material a user would have, not only the translations the README names.
  static func files(_ story: String, _ languages: [String]) -> [String] {
    var result: [String] = []
    for folder in [Self.folder(story), "Corpus/translations/\(story)"] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for name in names.sorted() where languages.contains(where: { name.hasPrefix($0 + "-") }) {
        result.append(folder + "/" + name)
      }
    }
    return result
  }

  @Test(arguments: stories) func listedPairsAreInTheTopTen(story: String) throws {
    let listed = try Self.listed(story)
    #expect(listed.count >= 8, "the README lists too few pairs")
    let languagePairs = Array(Set(listed.map(\.languages))).sorted { $0.joined() < $1.joined() }
    var found = 0
    var correct = 0
    var judged = 0
    for languages in languagePairs {
      let result = try CLI.run(
        ["glossary", "suggest", "--top", "20", "--format", "json"]
          + Self.files(story, languages))
      #expect(result.status == 0, "\(result.stderr)")
      let json = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let items = try #require(json["suggestions"] as? [[String: Any]])
      let suggestions = items.compactMap { item -> (String, String, String, String)? in
        guard let s = item["suggestion"] as? [String: Any], let la = s["firstLanguage"] as? String,
          let a = s["first"] as? String, let lb = s["secondLanguage"] as? String,
          let b = s["second"] as? String
        else { return nil }
        return (la, a, lb, b)
      }
      let top10 = suggestions.prefix(10)
      for pair in listed where pair.languages == languages {
        if top10.contains(where: { Self.matches($0, pair) }) {
          found += 1
        } else {
          print(
            "\(story) \(languages.joined(separator: "–")): not in the top 10: \(pair.terms[0]) ↔ \(pair.terms[1])"
          )
        }
      }
      let right = suggestions.filter { Self.correct($0, listed: listed) }.count
      correct += right
      judged += suggestions.count
      print(
        "\(story) \(languages.joined(separator: "–")): top-20 precision \(right)/\(suggestions.count)"
          + " (lower bound)")
    }
    let recall = Double(found) / Double(max(1, listed.count))
    let precision = Double(correct) / Double(max(1, judged))
    print(
      "\(story): listed pairs in the top 10 \(found)/\(listed.count) "
        + String(format: "(%.2f)", recall) + ", top-20 precision "
        + String(format: "%.2f", precision) + " (floors \(Self.floors[story] ?? (0, 0)))")
    let floor = Self.floors[story] ?? (1, 1)
    #expect(recall >= floor.recall)
    #expect(precision >= floor.precision)
  }

  /// The floors: the share of listed pairs in the top 10, and the top-20 precision. The
  /// precision is a lower bound: a right pair that neither `Glossaries/` nor a README holds
  /// (`billion` ↔ `milliards`, `Aktie` ↔ `акций`) counts as wrong. First measured: Idleb
  /// 14/16 and 0.69, Hélior–Karayel 7/11 and 0.32. Since names are found across scripts by
  /// their consonant skeletons, linked competitively, acronyms paired by the aligned units
  /// they share and learnt terms linked with a spelling prior: Idleb 16/16 and 0.81 (54/67),
  /// Hélior–Karayel 10/11 and 0.50 (28/56; its miss is an organization the facts stage cuts
  /// to `Autorité`, and `Turkey's` is cut at its apostrophe), the Valdrin fixture 8/9 and
  /// 0.43 (9/21; `firefighters` ↔ `pompiers` is in one aligned unit only, below the
  /// learner's minimum of two). Measured since on all the translations of each story (the
  /// README-named ones only before): Idleb 16/16 and 0.86 (55/64), Hélior–Karayel 10/11 and
  /// 0.45 (29/65) on main; with multiword names paired by the aligned units they share across
  /// report pairs (`CooccurringNames`: `Autorité turque de la concurrence` ↔ `Turkish
  /// Competition Authority`), a name cut to the words two spellings share, date, number,
  /// scale and currency words kept out of terms, a learnt pair seen in one passage of a side
  /// left out and the weakest learnt pairs (rated below 0.35) dropped: Idleb 16/16 and 0.87
  /// (55/63), Hélior–Karayel 11/11 and 0.59 (29/49), Valdrin unchanged. With lowercase
  /// multiword terms paired by the aligned units they recur in (`RecurringPhrases`): Idleb
  /// 16/16 and 0.87, Hélior–Karayel 11/11 and 0.58 (29/50: `rival offer` ↔ `offre
  /// concurrente`, right but in no glossary, and `energy group` ↔ `énergies renouvelables`,
  /// wrong, came in), Valdrin 8/9 and 0.43 (`container terminal` ↔ `контейнерном терминале`
  /// in place of its part `terminal` ↔ `терминале`).
  static let floors: [String: (recall: Double, precision: Double)] = [
    "idleb-2020-02": (1.0, 0.85),
    "helior-karayel-2025-06": (1.0, 0.57),
    "suggest-valdrin-2026-03": (0.88, 0.42),
  ]

  @Test func theMatchingRuleIsStrict() {
    let listed = Listed(languages: ["fr", "en"], terms: ["Idleb", "Idlib"])
    #expect(Self.matches(("en", "Idlib", "fr", "Idleb"), listed))
    #expect(!Self.matches(("en", "Idlib", "fr", "Damas"), listed))
    #expect(!Self.matches(("en", "Idlib", "tr", "Idleb"), listed))
    #expect(Self.covers("Стамбуле", "Стамбул") && Self.covers("Турции", "Турция"))
    #expect(!Self.covers("Karayel", "Karayel Enerji"))
  }
}
