import Foundation
import ParallaxRender
import Testing

@testable import ParallaxCompare
@testable import ParallaxFacts

/// Story4's sources, entities, timeline, render-safety and `compare` lines.
extension HeldOutStory4Tests {

  static func sourceLines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let governorPlaces: [(String, Int, Double)] = [
      ("tr", 1, 11), ("tr", 1, 31), ("tr", 2, 14), ("en0", 1, 11), ("en0", 1, 31), ("en0", 3, 14),
      ("en1", 1, 19), ("en1", 1, 17), ("en1", 6, 14), ("fr", 1, 19), ("fr", 1, 17), ("fr", 2, 11),
      ("fr", 2, 31), ("fr", 5, 14), ("de", 1, 19), ("de", 1, 17), ("de", 2, 11), ("de", 2, 31),
      ("ar", 1, 27), ("ar", 2, 4), ("ar", 2, 19), ("ar", 2, 17), ("ar", 5, 14), ("ru", 1, 27),
      ("ru", 2, 4), ("ru", 2, 19), ("ru", 2, 17), ("es", 1, 27), ("es", 2, 4), ("es", 2, 19),
      ("es", 2, 17),
    ]
    let governorSource = oneSource(governorPlaces)
    result.append(("S1", governorSource.map { $0.name.lowercased().contains("karasu") } ?? false))
    let unionSource = oneSource([
      ("fr", 3, 24), ("en1", 2, 24), ("de", 4, 24), ("ar", 4, 24), ("ru", 4, 24), ("es", 3, 24),
    ])
    let all = diff.measures.flatMap(\.mentions)
    result.append(
      (
        "S2",
        unionSource.map { source in
          all.filter { $0.source == source }.allSatisfy { $0.figure.value.doubleValue == 24 }
        } ?? false
      ))
    let operatorSource = oneSource([("tr", 3, 86), ("en0", 2, 86), ("en1", 3, 86), ("de", 5, 86)])
    result.append(
      (
        "S3",
        operatorSource.map { source in
          source.name.lowercased().contains("ortakaya")
            && all.filter { $0.source == source }.allSatisfy { $0.figure.value.doubleValue == 86 }
        } ?? false
      ))
    return result
  }

  static func entityLines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let karasu = entities(["Karasu", "Карасу", "قره صو"])
    result.append(
      (
        "E1",
        karasu.contains { $0.reports.count == 8 }
          && !karasu.contains { $0.reports.count < 8 && $0.kind != .place }
      ))
    result.append(
      (
        "E2",
        onlyIn(["Oflaz"], ["en1"]) && onlyIn(["Tuncay Erol"], ["de"])
          && onlyIn(["Ateş", "Атеш"], ["fr", "de", "ru"])
          && onlyIn(["Soma", "Сома", "Соме", "سوما"], ["en0", "en1", "fr", "ar", "ru", "es"])
      ))
    let order = ["tr", "en0", "fr", "en1", "de", "ar", "ru", "es"]
    let times = [
      "08:05Z", "08:40Z", "11:40Z", "11:50Z", "13:10Z", "18:50Z", "19:15Z", "20:05Z",
    ]
    result.append(
      (
        "T1",
        diff.reports.map { HeldOutSupport.short($0.report) } == order.compactMap { ids[$0] }
          && zip(diff.reports, times).allSatisfy { $0.utc?.hasSuffix($1) ?? false }
      ))
    result.append(("H1", renderIsSafe()))
    return result
  }

  /// H1 on the real HTML of `diff` and of `compare` with the ru page (ru beside es, aligned
  /// as `parallax compare` aligns them).
  static func renderIsSafe() -> Bool { pagesAreSafe("ru-", "es-", isSafe) }

  static func isSafe(_ page: String) -> Bool {
    let lower = page.lowercased()
    let handler = lower.range(of: #"<[^>]*\son[a-z]+\s*="#, options: .regularExpression)
    let script = lower.range(
      of: #"(href|src|action)\s*=\s*["']?\s*javascript:"#, options: .regularExpression)
    let text = page.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
    return !lower.contains("<script") && handler == nil && script == nil
      && text.contains("<script>alert(2)</script>") && !text.contains("owned")
      && text.contains("доставлены 14 пострадавших") && text.contains("+90 366 555 21 40")
  }
}
