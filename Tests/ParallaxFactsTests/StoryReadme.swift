import Foundation
import ParallaxCorpus

/// A story README of `Corpus/` (`Corpus/<story>/README.md`) read into checkable expectations.
///
/// The README's notation is described in its "Notation" section; this reader follows
/// `Scripts/check-corpus.py` where both read the same thing (paragraph marks and quotes), so the
/// two agree on what a README claims. It reads:
/// - the "Reports" table (report, format, lang, outlet, published, ¶ range);
/// - every quote after a paragraph mark (`REPORT ¶N "…"`, or `¶N "…"` under a `### REPORT`
///   heading), split at ` … ` as the script does;
/// - the fact lines under `## Facts per report` (`- KIND: ¶P …; ¶P …`), one `FactLine` per
///   `¶P` that starts a fact;
/// - the "Metadata a reader must find" and "Junk a reader must drop" paragraphs
///   (see `StoryReadme+Metadata.swift`).
struct StoryReadme: Sendable {
  /// One row of the "Reports" table.
  struct ReportRow: Sendable, Hashable {
    /// The report as the README names it: `en-wire.rss#0`, `fr-echo.txt`.
    var id: String
    /// The file name, without the `#item`.
    var file: String
    /// The feed item, for `file#N`.
    var item: Int?
    /// The format cell as written.
    var formatCell: String
    /// The format the cell names (first words: plain text, RSS, Atom, HTML, NewsML-G2, NITF).
    var format: SourceFormat?
    /// The primary language subtag of the lang cell (`en` in `en (en-GB)`).
    var language: String
    /// A full tag given in parentheses (`en-GB`), when there is one.
    var languageTag: String?
    /// The outlet cell as written.
    var outletCell: String
    /// The outlet: the quoted feed/channel title when the cell gives one (or an earlier row of
    /// the same feed gives one), else the cell's name.
    var outlet: String
    /// The published date, when the cell gives one that is not marked `(updated)`.
    var published: NewsDate?
    /// The updated date: a date marked `(updated)`, or a later time on the same day
    /// (`this version 07:55+01:00`, `updated 21:00+03:00`).
    var updated: NewsDate?
    /// The first and last paragraph of the ¶ cell (`¶0–¶8`).
    var paragraphs: ClosedRange<Int>
    /// Whether the row says the report is off-story.
    var offStory: Bool
    /// The README line of the row.
    var line: Int
  }

  /// A quoted text that must occur in one paragraph of one report.
  struct Quote: Sendable, Hashable {
    /// The README id of the report.
    var report: String
    /// The paragraph.
    var paragraph: Int
    /// The text, NBSP written as a space.
    var text: String
    /// The README line.
    var line: Int
    /// Whether the quote comes from a per-report facts section (else a pair section).
    var inFactsSection: Bool
  }

  /// One fact: `¶P BODY` in a `- KIND:` line of a report's facts section.
  struct FactLine: Sendable, Hashable {
    /// `figure`, `date`, `entity`, `attribution`, `not-a-figure`, `structure`, `dateline`.
    var kind: String
    /// The README id of the report.
    var report: String
    /// The paragraph.
    var paragraph: Int
    /// The text after `¶P `, up to the next fact of the line (without the `; `).
    var body: String
    /// The quoted strings of `body`, in order.
    var quotes: [String]
    /// The README line.
    var line: Int
  }

  /// The story folder name.
  var name: String
  /// The table rows, in order.
  var reports: [ReportRow] = []
  /// Every quote after a paragraph mark.
  var quotes: [Quote] = []
  /// Every fact of the facts sections.
  var facts: [FactLine] = []
  /// The "Metadata a reader must find" paragraph, joined into one line.
  var metadataText = ""
  /// The line where it starts.
  var metadataLine = 0
  /// The "Junk a reader must drop" paragraph, joined into one line.
  var junkText = ""
  /// The line where it starts.
  var junkLine = 0

  /// Reads `Corpus/<name>/README.md` text.
  init(name: String, text: String) {
    self.name = name
    let lines = text.components(separatedBy: "\n").map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : $0
    }
    reports = Self.table(lines)
    let ids = Set(reports.map(\.id))
    (metadataText, metadataLine) = Self.prose(lines, startingWith: "Metadata a reader must find")
    (junkText, junkLine) = Self.prose(lines, startingWith: "Junk a reader must drop")
    var current: String?
    var section = ""
    for (offset, line) in lines.enumerated() {
      let number = offset + 1
      if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
      if line.hasPrefix("#") {
        let heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        current = line.hasPrefix("### ") && ids.contains(heading) ? heading : nil
        continue
      }
      quotes += Self.quotes(in: line, number: number, current: current, ids: ids)
      if let current, section.hasPrefix("Facts per report"), line.hasPrefix("- ") {
        facts += Self.facts(in: line, number: number, report: current)
      }
    }
  }

  /// Reads the README of the story folder `folder`.
  init(folder: URL) throws {
    let text = try String(
      contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
    self.init(name: folder.lastPathComponent, text: text)
  }

  // MARK: - The reports table

  static func table(_ lines: [String]) -> [ReportRow] {
    var rows: [ReportRow] = []
    var inReports = false
    for (offset, line) in lines.enumerated() {
      if line.hasPrefix("## ") { inReports = line.hasPrefix("## Reports") }
      guard inReports, line.hasPrefix("|") else { continue }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
        .dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count >= 6, cells[0] != "report", !cells[0].hasPrefix("---"),
        let range = paragraphRange(cells[5])
      else { continue }
      let id = cells[0]
      let parts = id.split(separator: "#", maxSplits: 1).map(String.init)
      let (language, tag) = languageCell(cells[2])
      let (published, updated) = dates(cells[4])
      rows.append(
        ReportRow(
          id: id, file: parts[0], item: parts.count > 1 ? Int(parts[1]) : nil,
          formatCell: cells[1], format: format(cells[1]), language: language, languageTag: tag,
          outletCell: cells[3], outlet: outlet(cells[3]), published: published, updated: updated,
          paragraphs: range,
          offStory: cells[1].lowercased().contains("off-story"), line: offset + 1))
    }
    // A feed has one channel title: a later item written with the short name (`Wire`,
    // `Le Quotidien`) has the title given on an earlier row of the same file.
    for index in rows.indices where !rows[index].outletCell.contains("`") {
      if let titled = rows.first(where: {
        $0.file == rows[index].file && $0.outletCell.contains("`")
          && $0.outlet.hasPrefix(rows[index].outlet)
      }) {
        rows[index].outlet = titled.outlet
      }
    }
    return rows
  }

  /// `plain text (…)` → text, `RSS 2.0 item` → rss, `NewsML-G2 …, NITF inside` → newsml.
  static func format(_ cell: String) -> SourceFormat? {
    let first = cell.lowercased().split(separator: " ").first.map(String.init) ?? ""
    switch first {
    case "plain": return .text
    case "rss": return .rss
    case "atom": return .atom
    case "html": return .html
    case "newsml-g2", "newsml": return .newsml
    case "nitf": return .nitf
    default: return nil
    }
  }

  /// `en (en-GB)` → (`en`, `en-GB`); `fr` → (`fr`, nil).
  static func languageCell(_ cell: String) -> (String, String?) {
    let primary = cell.prefix { $0.isLetter }.lowercased()
    guard let open = cell.firstIndex(of: "("), let close = cell.firstIndex(of: ")"),
      open < close
    else { return (primary, nil) }
    return (primary, String(cell[cell.index(after: open)..<close]))
  }

  /// `Kuzey Haber (feed title `Kuzey Haber — Dünya`)` → the feed title; `Wire (channel title)`
  /// → `Wire`.
  static func outlet(_ cell: String) -> String {
    for marker in ["feed title `", "channel title `"] {
      if let start = cell.range(of: marker),
        let end = cell[start.upperBound...].firstIndex(of: "`")
      {
        return String(cell[start.upperBound..<end])
      }
    }
    let name = cell.range(of: " (").map { cell[..<$0.lowerBound] } ?? Substring(cell)
    return name.trimmingCharacters(in: .whitespaces)
  }

  /// The published and updated dates of a published cell.
  static func dates(_ cell: String) -> (published: NewsDate?, updated: NewsDate?) {
    let words = cell.split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init)
    guard let first = words.firstIndex(where: { isoDateTime($0) != nil }),
      let date = isoDateTime(words[first])
    else { return (nil, nil) }
    if first + 1 < words.count, words[first + 1].hasPrefix("(updated") { return (nil, date) }
    for word in words[(first + 1)...] {
      guard let time = NewsDate(iso: "\(date.iso.prefix(10))T\(trimmed(word))"),
        time.hour != nil, time.utcOffsetSeconds != nil
      else { continue }
      return (date, time)
    }
    return (date, nil)
  }

  /// A full ISO date-time with an offset (`2020-02-27T20:15+01:00`, `…T20:05Z`).
  static func isoDateTime(_ word: String) -> NewsDate? {
    guard let date = NewsDate(iso: trimmed(word)), date.hour != nil,
      date.utcOffsetSeconds != nil
    else { return nil }
    return date
  }

  /// `¶0–¶8` → 0...8.
  static func paragraphRange(_ cell: String) -> ClosedRange<Int>? {
    let numbers = cell.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    guard numbers.count == 2, numbers[0] <= numbers[1] else { return nil }
    return numbers[0]...numbers[1]
  }

  private static func trimmed(_ word: String) -> String {
    word.trimmingCharacters(in: CharacterSet(charactersIn: "(),;.`"))
  }

  // MARK: - Prose paragraphs

  /// The paragraph (up to a blank line) whose first line starts with `prefix`, joined by
  /// spaces, and its line number.
  static func prose(_ lines: [String], startingWith prefix: String) -> (String, Int) {
    guard let start = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { return ("", 0) }
    var parts: [String] = []
    for line in lines[start...] {
      if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
      parts.append(line.trimmingCharacters(in: .whitespaces))
    }
    return (parts.joined(separator: " "), start + 1)
  }

  // MARK: - Marks and quotes

  /// A paragraph mark `¶N` in a line: where it is, its number, and the report id written just
  /// before it, if any.
  struct Mark {
    var start: String.Index
    var end: String.Index
    var paragraph: Int
    var report: String?
  }

  /// The marks of a line, as `check-corpus.py`'s `(?:(rid)\s+)?¶(\d+)` finds them.
  static func marks(in line: String) -> [Mark] {
    var out: [Mark] = []
    var index = line.startIndex
    while let pilcrow = line[index...].firstIndex(of: "¶") {
      var end = line.index(after: pilcrow)
      while end < line.endIndex, line[end].isASCII, line[end].isNumber {
        end = line.index(after: end)
      }
      index = end
      guard let number = Int(line[line.index(after: pilcrow)..<end]) else { continue }
      var tokenEnd = pilcrow
      while tokenEnd > line.startIndex, line[line.index(before: tokenEnd)] == " " {
        tokenEnd = line.index(before: tokenEnd)
      }
      var tokenStart = tokenEnd
      while tokenStart > line.startIndex {
        let previous = line[line.index(before: tokenStart)]
        guard previous.isLetter || previous.isNumber || "_.-#".contains(previous) else { break }
        tokenStart = line.index(before: tokenStart)
      }
      let token = tokenEnd < pilcrow ? String(line[tokenStart..<tokenEnd]) : nil
      out.append(Mark(start: pilcrow, end: end, paragraph: number, report: token))
    }
    return out
  }

  /// The `"…"` strings of `text`, in order.
  static func quoted(_ text: Substring) -> [String] {
    var out: [String] = []
    var index = text.startIndex
    while let open = text[index...].firstIndex(of: "\"") {
      let after = text.index(after: open)
      guard let close = text[after...].firstIndex(of: "\"") else { break }
      if after < close { out.append(String(text[after..<close])) }
      index = text.index(after: close)
    }
    return out
  }

  /// The quotes of one line, each after its mark, split at ` … ` as the script does.
  static func quotes(in line: String, number: Int, current: String?, ids: Set<String>)
    -> [Quote]
  {
    let found = marks(in: line)
    var out: [Quote] = []
    for (position, mark) in found.enumerated() {
      let explicit = mark.report.flatMap { ids.contains($0) ? $0 : nil }
      guard let report = explicit ?? current else { continue }
      let stop = position + 1 < found.count ? found[position + 1].start : line.endIndex
      // A quote that starts before the next mark runs to its closing quote.
      for text in quoted(line[mark.end..<stop]) {
        for piece in text.components(separatedBy: " … ") {
          out.append(
            Quote(
              report: report, paragraph: mark.paragraph, text: piece, line: number,
              inFactsSection: explicit == nil))
        }
      }
    }
    return out
  }

  // MARK: - Fact lines

  /// The facts of one `- KIND: ¶P …; ¶P …` line. A mark starts a fact when it follows the
  /// `KIND:` or a `; ` outside quotes; other marks (`from ¶1`, `continuing ¶2`) stay in the
  /// body of the fact they are in.
  static func facts(in line: String, number: Int, report: String) -> [FactLine] {
    guard let firstMark = line.firstIndex(of: "¶") else { return [] }
    let head = line[line.index(line.startIndex, offsetBy: 2)..<firstMark]
      .trimmingCharacters(in: .whitespaces)
    guard head.hasSuffix(":") else { return [] }
    let kind =
      head.dropLast().split(whereSeparator: { $0 == " " || $0 == ";" }).last.map(String.init)
      ?? ""
    var starts: [Mark] = []
    var insideQuote = false
    var lastSeparator = line.startIndex
    var index = line.startIndex
    let marks = marks(in: line)
    var nextMark = 0
    while index < line.endIndex {
      if nextMark < marks.count, marks[nextMark].start == index {
        let before = line[lastSeparator..<index].trimmingCharacters(in: .whitespaces)
        if !insideQuote, before.isEmpty || index == firstMark {
          starts.append(marks[nextMark])
        }
        index = marks[nextMark].end
        nextMark += 1
        continue
      }
      let character = line[index]
      if character == "\"" { insideQuote.toggle() }
      if !insideQuote, character == ";" { lastSeparator = line.index(after: index) }
      index = line.index(after: index)
    }
    var out: [FactLine] = []
    for (position, mark) in starts.enumerated() {
      var stop = position + 1 < starts.count ? starts[position + 1].start : line.endIndex
      if position + 1 < starts.count, let semicolon = line[..<stop].lastIndex(of: ";") {
        stop = semicolon
      }
      let body = line[mark.end..<stop].trimmingCharacters(in: .whitespaces)
      out.append(
        FactLine(
          kind: kind, report: report, paragraph: mark.paragraph, body: body,
          quotes: quoted(Substring(body)), line: number))
    }
    return out
  }
}
