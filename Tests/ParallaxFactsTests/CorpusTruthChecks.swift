import Foundation
import ParallaxCorpus

/// One comparison of a README claim with what Parallax read.
struct TruthCheck: Sendable {
  /// What is compared.
  enum Kind: String, Sendable, Hashable {
    case loaded, format, language, languageTag, outlet, published, publishedOffset, updated
    case paragraphCount, headline, lead, metadata, junk, structure, dateline, quote
  }

  /// The README id of the report, or `*` for the story.
  var report: String
  var kind: Kind
  var passed: Bool
  /// What was expected and what was found.
  var message: String
}

/// The checks of one story: README (`StoryReadme`) against `Report`s.
struct TruthChecks {
  let readme: StoryReadme
  /// Loaded reports by README id (`en-wire.rss#0`).
  let reports: [String: Report]
  private(set) var results: [TruthCheck] = []
  /// README claims that `Report` has no field for.
  private(set) var unchecked: [String] = []

  init(readme: StoryReadme, reports: [Report]) {
    self.readme = readme
    var byID: [String: Report] = [:]
    for report in reports {
      let file = URL(fileURLWithPath: report.path).lastPathComponent
      byID[report.item.map { "\(file)#\($0)" } ?? file] = report
    }
    self.reports = byID
  }

  mutating func expect(
    _ passed: Bool, _ report: String, _ kind: TruthCheck.Kind, _ message: @autoclosure () -> String
  ) {
    let text = passed ? "" : "\(readme.name)/\(report): \(message())"
    results.append(TruthCheck(report: report, kind: kind, passed: passed, message: text))
  }

  /// The paragraph text as the README quotes it: NBSP and narrow NBSP as spaces.
  static func quoted(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{00A0}", with: " ")
      .replacingOccurrences(of: "\u{202F}", with: " ")
  }

  // MARK: - The table

  mutating func checkTable() {
    let ids = Set(readme.reports.map(\.id))
    for extra in reports.keys.sorted() where !ids.contains(extra) {
      expect(false, extra, .loaded, "loaded but not in the README's Reports table")
    }
    for row in readme.reports {
      guard let report = reports[row.id] else {
        expect(false, row.id, .loaded, "README row (line \(row.line)) not loaded")
        continue
      }
      expect(true, row.id, .loaded, "")
      check(row, report)
    }
  }

  private mutating func check(_ row: StoryReadme.ReportRow, _ report: Report) {
    let id = row.id
    expect(
      report.format == row.format, id, .format,
      "format \(report.format.rawValue), README \(row.formatCell)")
    let code = report.language?.code ?? "-"
    let primary = code.split(separator: "-").first.map { $0.lowercased() } ?? ""
    expect(primary == row.language, id, .language, "language \(code), README \(row.language)")
    if let tag = row.languageTag {
      expect(
        code.lowercased() == tag.lowercased(), id, .languageTag,
        "language \(code), README \(tag)")
    }
    expect(
      report.outlet == row.outlet, id, .outlet,
      "outlet \(report.outlet ?? "-"), README \(row.outlet)")
    if let date = row.published {
      expect(
        report.published?.sortKey == date.sortKey, id, .published,
        "published \(report.published?.iso ?? "-"), README \(date.iso)")
      expect(
        report.published?.utcOffsetSeconds == date.utcOffsetSeconds, id, .publishedOffset,
        "published \(report.published?.iso ?? "-") offset, README \(date.iso)")
    }
    if let date = row.updated {
      expect(
        report.updated?.sortKey == date.sortKey
          && report.updated?.utcOffsetSeconds == date.utcOffsetSeconds, id, .updated,
        "updated \(report.updated?.iso ?? "-"), README \(date.iso)")
    }
    let count = row.paragraphs.upperBound + 1
    expect(
      row.paragraphs.lowerBound == 0 && report.paragraphs.count == count, id, .paragraphCount,
      "\(report.paragraphs.count) paragraphs, README ¶\(row.paragraphs.lowerBound)–"
        + "¶\(row.paragraphs.upperBound)")
    let first = report.paragraphs.first
    expect(
      first?.kind == .headline && first?.text == report.title && report.title != nil, id,
      .headline,
      "¶0 \(first?.kind.rawValue ?? "-") \"\(first?.text ?? "")\", title \(report.title ?? "-")")
    let second = report.paragraphs.count > 1 ? report.paragraphs[1] : nil
    expect(
      second?.kind == .lead, id, .lead,
      "¶1 is \(second?.kind.rawValue ?? "missing"), README: ¶1 is the lead")
  }

  // MARK: - Metadata

  mutating func checkMetadata() {
    for claim in readme.metadataClaims {
      guard let report = reports[claim.report] else { continue }
      if claim.field == .unchecked {
        let note = "\(claim.report): \(claim.value) (README line \(claim.line))"
        if !unchecked.contains(note) { unchecked.append(note) }
        continue
      }
      let (passed, found) = evaluate(claim, report)
      expect(
        passed, claim.report, .metadata,
        "\(claim.field.rawValue): README `\(claim.value)`, found \(found)")
    }
  }

  private func evaluate(_ claim: MetadataClaim, _ report: Report) -> (Bool, String) {
    let value = claim.value
    switch claim.field {
    case .byline:
      let byline = report.byline ?? ""
      return (!byline.isEmpty && (byline.contains(value) || value.contains(byline)), byline)
    case .outlet: return (report.outlet == value, report.outlet ?? "-")
    case .credit: return (report.credit == value, report.credit ?? "-")
    case .dateline:
      let found = Self.datelineCore(report.dateline ?? "")
      let want = Self.datelineCore(value)
      return (!want.isEmpty && (found == want || found.hasPrefix(want + " ")), found)
    case .datelinePlace:
      return ((report.dateline ?? "").contains(value), report.dateline ?? "-")
    case .guid:
      let guid = report.guid ?? ""
      let ok = value.hasPrefix("…") ? guid.hasSuffix(value.dropFirst()) : guid == value
      return (ok && !guid.isEmpty, guid)
    case .language:
      let code = report.language?.code ?? "-"
      return (code.lowercased() == value.lowercased(), code)
    case .url: return (report.url?.isEmpty == false, report.url ?? "-")
    case .sameURL:
      let urls = Set(
        readme.targets(claim.report.components(separatedBy: ".")[0]).map {
          reports[$0.id]?.url ?? ""
        })
      return (urls.count == 1 && report.url?.isEmpty == false, urls.sorted().joined(separator: " "))
    case .guidIsLink:
      return (report.guid != nil && report.guid == report.url, report.guid ?? "-")
    case .declaredLanguage:
      return (report.language?.origin == .declared, report.language?.origin.rawValue ?? "-")
    case .updatedTime:
      guard let want = NewsDate(iso: "2000-01-01T\(value)"), let got = report.updated else {
        return (false, report.updated?.iso ?? "-")
      }
      let offset = want.utcOffsetSeconds.map { $0 == got.utcOffsetSeconds } ?? true
      return (got.hour == want.hour && got.minute == want.minute && offset, got.iso)
    case .paragraphHead, .paragraphContains:
      let index = claim.paragraph ?? -1
      guard report.paragraphs.indices.contains(index) else { return (false, "no ¶\(index)") }
      let text = Self.quoted(report.paragraphs[index].text)
      let want = value.trimmingCharacters(in: .whitespaces)
      let ok = claim.field == .paragraphHead ? text.hasPrefix(want) : text.contains(want)
      return (ok, "¶\(index) \"\(text.prefix(60))…\"")
    case .unchecked: return (true, "")
    }
  }

  /// `Istanbul (Abendpost) – ` → `Istanbul (Abendpost)`: no trailing dash or space.
  static func datelineCore(_ text: String) -> String {
    text.trimmingCharacters(in: CharacterSet(charactersIn: " -–—\u{00A0}"))
  }

  // MARK: - Junk, structure, datelines, quotes

  /// Each junk text must be in no paragraph of the story (`whole`: no paragraph equal to it).
  mutating func checkJunk(_ junk: [(String, Bool)]) {
    for (text, whole) in junk {
      let hits = reports.keys.sorted().filter { id in
        reports[id]?.paragraphs.contains { paragraph in
          let body = Self.quoted(paragraph.text)
          return whole ? body == text : body.contains(text)
        } ?? false
      }
      expect(
        hits.isEmpty, hits.first ?? "*", .junk,
        "junk \"\(text)\" found in a paragraph of \(hits.joined(separator: ", "))")
    }
  }

  /// `structure:` (subheading / body) and `dateline:` fact lines.
  mutating func checkFactLines() {
    for fact in readme.facts where fact.kind == "structure" || fact.kind == "dateline" {
      guard let report = reports[fact.report] else { continue }
      guard report.paragraphs.indices.contains(fact.paragraph) else {
        expect(false, fact.report, .structure, "no ¶\(fact.paragraph) (README line \(fact.line))")
        continue
      }
      let paragraph = report.paragraphs[fact.paragraph]
      if fact.kind == "structure" {
        let want: Paragraph.Kind = fact.body.contains("subheading") ? .subheading : .body
        expect(
          paragraph.kind == want, fact.report, .structure,
          "¶\(fact.paragraph) is \(paragraph.kind.rawValue), README line \(fact.line): \(want)")
        continue
      }
      // dateline: ¶1 "ANKARA (Wire) -" → dateline ANKARA, credit Wire
      let tail = fact.body.components(separatedBy: "→").last ?? ""
      let parts = tail.components(separatedBy: ", credit ")
      let place = parts[0].replacingOccurrences(of: "dateline", with: "")
        .trimmingCharacters(in: .whitespaces)
      let credit = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
      let found = Self.datelineCore(report.dateline ?? "")
      expect(
        found == place || found.hasPrefix(place + " "), fact.report, .dateline,
        "dateline \(report.dateline ?? "-"), README line \(fact.line): \(place)")
      if let credit {
        expect(
          report.credit == credit, fact.report, .dateline,
          "credit \(report.credit ?? "-"), README line \(fact.line): \(credit)")
      }
    }
  }

  /// Every quote after a paragraph mark occurs in that paragraph.
  mutating func checkQuotes() {
    for quote in readme.quotes {
      guard let report = reports[quote.report] else { continue }
      let text =
        report.paragraphs.indices.contains(quote.paragraph)
        ? Self.quoted(report.paragraphs[quote.paragraph].text) : ""
      expect(
        text.contains(quote.text), quote.report, .quote,
        "README line \(quote.line): ¶\(quote.paragraph) lacks \"\(quote.text)\"")
    }
  }
}
