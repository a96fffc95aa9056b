import ParallaxFacts

/// Two known names a story sets side by side for one speaker — an office and the person
/// who holds it (`le gouverneur de Hatay, Rahmi Dogan`, `Rahmi Dogan, the governor of
/// Turkey's Hatay province`, `Hatay Valisi Rahmi Doğan`) — so that a report citing only the
/// office (`governor of Hatay`) is counted with the reports citing the person.
///
/// Names count as set side by side with only a comma (or nothing) between them where one of
/// them is (part of) a source; in a list (`Erdogan, Altun and Akar`) the names are all
/// people's, or a middle name has two partners.
/// Only one-to-one pairings are kept: an office set beside two people in one story (a
/// minister and his predecessor) stands for neither, and a name set beside two offices is
/// left alone too.
enum ApposedNames {
  /// Office concept → the person's concept that stands for it. Of a pair, the person is the
  /// one written as a proper name (every word capitalized, in the scripts that have case) in
  /// most of its mentions, the office the one that is not (`prefect of Dravia`); two proper
  /// names, or two offices, are left apart.
  static func aliases(in story: [AnalyzedReport]) -> [String: String] {
    var apposed: [(String, String)] = []
    var properShare: [String: (proper: Int, cased: Int)] = [:]
    for report in story {
      for paragraph in report.paragraphs {
        let people = paragraph.entities.map(\.entity).filter { $0.kind == .person }
        for entity in people {
          guard let concept = entity.key.concept else { continue }
          if let proper = isProperName(entity.text) {
            properShare[concept, default: (0, 0)].cased += 1
            if proper { properShare[concept, default: (0, 0)].proper += 1 }
          }
        }
        apposed += pairs(in: paragraph, people: people)
      }
    }
    func isPerson(_ concept: String) -> Bool {
      guard let share = properShare[concept] else { return false }
      return share.proper * 2 > share.cased
    }
    // Two proper names side by side (`Fahrettin Altun, Erdogan's director`) are two people.
    var partners: [String: Set<String>] = [:]
    for (first, second) in apposed where isPerson(first) != isPerson(second) {
      partners[first, default: []].insert(second)
      partners[second, default: []].insert(first)
    }
    var result: [String: String] = [:]
    for (office, others) in partners where !isPerson(office) {
      guard others.count == 1, let person = others.first, partners[person] == [office] else {
        continue
      }
      result[office] = person
    }
    return result
  }

  /// Whether every word of a name starts with a capital letter; nil when its script has no
  /// case.
  static func isProperName(_ text: String) -> Bool? {
    let words = text.split(whereSeparator: \.isWhitespace)
    let initials = words.compactMap { $0.first(where: \.isLetter) }
    guard initials.contains(where: \.isCased) else { return nil }
    return initials.allSatisfy { !$0.isCased || $0.isUppercase }
  }

  /// The pairs of known people (concepts) of a paragraph named side by side: next to each
  /// other with only a comma between them, where one of them is (part of) a source.
  static func pairs(in paragraph: AnalyzedReport.Paragraph, people: [Entity])
    -> [(String, String)]
  {
    let known = people.filter { $0.key.concept != nil }.sorted { $0.range < $1.range }
    guard known.count > 1 else { return [] }
    let sources = paragraph.attributions.compactMap(\.attribution.sourceRange)
    let scalars = Array(paragraph.text.unicodeScalars)
    var result: [(String, String)] = []
    for (left, right) in zip(known, known.dropFirst()) {
      guard let a = left.key.concept, let b = right.key.concept, a != b,
        left.range.end <= right.range.start
      else { continue }
      let cited = sources.contains { $0.overlaps(left.range) || $0.overlaps(right.range) }
      if cited && isApposition(scalars, from: left.range.end, to: right.range.start) {
        result.append((a, b))
      }
    }
    return result
  }

  /// Whether the scalars between two names are only white space and commas.
  static func isApposition(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Bool {
    guard from >= 0, from <= to, to <= scalars.count else { return false }
    return scalars[from..<to].allSatisfy { $0 == "," || $0.properties.isWhitespace }
  }
}
