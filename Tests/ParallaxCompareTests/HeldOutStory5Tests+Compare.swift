import Foundation
import ParallaxRender
import Testing

@testable import ParallaxCompare
@testable import ParallaxFacts

/// Story5's sources, entities, timeline, provenance and render-safety lines.
extension HeldOutStory5Tests {

  /// The minister's figures as the README places them (S1 lists his references: ru's
  /// `министерства` of ¶5 is not among them).
  static let ministerPlaces: [(String, Int, Double)] = [
    ("tr", 1, 9), ("tr", 1, 61), ("tr", 2, 172), ("en0", 1, 9), ("en0", 1, 61), ("en0", 4, 172),
    ("en1", 1, 23), ("en1", 1, 34), ("en1", 7, 185), ("fr", 1, 23), ("fr", 1, 34), ("fr", 2, 9),
    ("fr", 2, 61), ("esv", 1, 23), ("esv", 1, 34), ("esv", 2, 9), ("esv", 2, 185),
    ("esd", 1, 23), ("esd", 1, 34), ("esd", 2, 9), ("esd", 2, 185), ("de", 1, 23), ("de", 1, 34),
    ("de", 2, 9), ("de", 2, 61), ("ar", 1, 38), ("ar", 2, 17), ("ar", 2, 23), ("ar", 2, 34),
    ("ar", 5, 187), ("ru", 1, 38), ("ru", 2, 17), ("ru", 2, 23), ("ru", 2, 34),
  ]

  /// The AVLS's 31 as the README places it.
  static let avlsPlaces: [(String, Int, Double)] = [
    ("en1", 2, 31), ("fr", 3, 31), ("esv", 3, 31), ("esd", 3, 31), ("de", 4, 31), ("ar", 3, 31),
    ("ru", 4, 31),
  ]

  /// The measures of killed, missing and rescued: the tolls.
  static var tolls: [MeasureGroup] {
    [group("killed"), group("missing"), rescued].compactMap { $0 }
  }

  static func sourceLines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let ministerSource = oneSource(ministerPlaces)
    result.append(("S1", ministerSource.map { $0.name.lowercased().contains("valiotis") } ?? false))
    let avlsSource = oneSource(avlsPlaces)
    let all = diff.measures.flatMap(\.mentions)
    let drakou = ["drakou", "дракоу", "دراكو"]
    let summary = avlsSource.flatMap { source in diff.sources.first { $0.source == source } }
    result.append(
      (
        "S2",
        avlsSource.map { source in
          all.filter { $0.source == source }.allSatisfy { $0.figure.value.doubleValue == 31 }
            // Its spokeswoman speaks for it: no figure is hers apart from the AVLS's.
            && !all.contains { mention in
              mention.source != source
                && drakou.contains { mention.source.name.lowercased().contains($0) }
            }
        } ?? false
          // It is cited under its own name in each language that gives its figure.
          && ["en", "fr", "es", "de", "ar", "ru"].allSatisfy { language in
            (summary?.names ?? []).contains { $0.hasPrefix(language + " ") }
          }
      ))
    let operatorSource = oneSource([
      ("tr", 3, 242), ("en0", 3, 242), ("en1", 6, 242), ("fr", 5, 242), ("de", 5, 242),
    ])
    let tollMentions = tolls.flatMap(\.mentions)
    result.append(
      (
        "S3",
        operatorSource.map { source in
          source.name.lowercased().contains("aegean blue")
            && !tollMentions.contains { $0.source == source }
        } ?? false
      ))
    return result
  }

  static func entityLines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let everywhere = [
      ["Valiotis", "Валиотис", "فاليوتيس"], ["Kalliopi", "Каллиопи", "كاليوبي"],
      ["Lefkonisos", "Лефконисос", "ليفكونيسوس"], ["Eptanisos", "Эптанисос", "إبتانيسوس"],
    ]
    result.append(
      (
        "E1",
        everywhere.allSatisfy { names in
          let found = entities(names)
          return found.contains { $0.reports.count == 9 }
            && !found.contains { $0.reports.count < 9 && $0.kind != .place }
        }
      ))
    result.append(
      (
        "E2",
        onlyIn(["Drakou", "Дракоу", "دراكو"], ["en1", "fr", "esv", "esd", "de", "ar", "ru"])
          && onlyIn(["Mavridis", "Мавридис"], ["en1", "de", "ru"])
          && onlyIn(["Petraki"], ["fr"])
          && onlyIn(["Aegean Blue"], ["tr", "en0", "en1", "fr", "esd", "de"])
          && onlyIn(
            ["Pire", "Piraeus", "Pirée", "Piräus"], ["tr", "en0", "en1", "fr", "esv", "esd", "de"])
      ))
    return result
  }

  static func timeLines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let order = ["tr", "en0", "fr", "en1", "esv", "esd", "de", "ru", "ar"]
    let times = [
      "06:55Z", "07:05Z", "12:20Z", "12:40Z", "13:05Z", "13:30Z", "14:10Z", "19:05Z", "19:40Z",
    ]
    result.append(
      (
        "T1",
        diff.reports.map { HeldOutSupport.short($0.report) } == order.compactMap { ids[$0] }
          && zip(diff.reports, times).allSatisfy { $0.utc?.hasSuffix($1) ?? false }
      ))
    // T2: each value is placed at its report's time (never before it was published), and the
    // killed values first appear in the order they were stated: 9, 23, the AVLS's 31, 38.
    let utc = Dictionary(
      diff.reports.map { ($0.report, $0.utc) }, uniquingKeysWith: { first, _ in first })
    let placed = tolls.flatMap(\.mentions).allSatisfy { mention in
      mention.time.map(StoryDiff.utc) == utc[mention.report] ?? nil
    }
    let mentions = group("killed")?.mentions ?? []
    let first = { (value: Double, surfaces: [String]) in
      mentions.firstIndex {
        $0.figure.value.doubleValue == value && from($0, surfaces) && !isEarlier($0)
      }
    }
    let steps = [first(9, minister), first(23, minister), first(31, avls), first(38, minister)]
    let found = steps.compactMap { $0 }
    result.append(
      (
        "T2",
        placed && found.count == 4 && zip(found, found.dropFirst()).allSatisfy { $0 < $1 }
      ))
    return result
  }

  /// The reports among `reports` with each copy group of the diff as one (its first report).
  static func independent(_ reports: [String]) -> Set<String> {
    Set(
      reports.map { report in
        diff.copies.first { $0.reports.contains(report) }?.reports.first ?? report
      })
  }

  /// Whether `mentions` come from the reports `keys` and, copies counted once, from
  /// `count` independent reports.
  static func counts(_ mentions: [FigureMention], _ keys: [String], _ count: Int) -> Bool {
    let reports = independent(mentions.map(\.report))
    let expected = independent(
      story.map(\.id).filter { id in keys.contains { ids[$0] == HeldOutSupport.short(id) } })
    return reports == expected && reports.count == count
  }

  static func provenanceLines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let wire = Set(["esv", "esd"].compactMap { ids[$0] })
    let credits = diff.copies.first?.credits ?? []
    result.append(
      (
        "P1",
        diff.copies.count == 1
          && Set(diff.copies.flatMap(\.reports).map(HeldOutSupport.short)) == wire
          && credits.contains { $0.contains("AAN") }
          && credits.contains { $0.uppercased().contains("ATENAS") }
      ))
    let killed = group("killed")
    let current23 = (killed?.mentions ?? []).filter {
      $0.figure.value.doubleValue == 23 && from($0, minister) && !isEarlier($0)
    }
    let avls31 = (killed?.mentions ?? []).filter {
      $0.figure.value.doubleValue == 31 && from($0, avls)
    }
    // Where the diff counts the reports behind the AVLS's line, the wire is one of them.
    let avlsCounts = series(killed, by: avls).allSatisfy {
      independent($0.reports).count == $0.reports.count
    }
    result.append(
      (
        "P2",
        counts(current23, ["fr", "en1", "esv", "esd", "de"], 4)
          && counts(avls31, ["en1", "fr", "esv", "esd", "de", "ar", "ru"], 6) && avlsCounts
      ))
    let en = Set(["en0", "en1"].compactMap { ids[$0] })
    result.append(
      (
        "P3",
        diff.versions.contains { Set($0.reports.map(HeldOutSupport.short)) == en }
          && !diff.copies.contains { group in
            group.reports.contains { en.contains(HeldOutSupport.short($0)) }
          }
      ))
    return result
  }

  /// H1 on the real HTML of `diff` and of `compare` with the ru page (de beside ru, the
  /// README's pair, aligned as `parallax compare` aligns them).
  static func renderIsSafe() -> Bool { pagesAreSafe("de-", "ru-", isSafe) }

  static func isSafe(_ page: String) -> Bool {
    let lower = page.lowercased()
    let handler = lower.range(of: #"<[^>]*\son[a-z]+\s*="#, options: .regularExpression)
    let script = lower.range(
      of: #"(href|src|action)\s*=\s*["']?\s*javascript:"#, options: .regularExpression)
    let request = lower.range(of: #"<[^>]*evil\.example"#, options: .regularExpression)
    let link = page.range(of: #"<a\b[^>]*>\s*публикуются здесь"#, options: .regularExpression)
    let text = page.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
    return !lower.contains("<script") && handler == nil && script == nil && request == nil
      && link == nil && text.contains("<img src=x onerror=alert(3)>")
      && !text.contains("document.location") && text.contains("спасены 187 человек")
      && text.contains("+30 210 555 4180") && text.contains("публикуются здесь")
  }
}
