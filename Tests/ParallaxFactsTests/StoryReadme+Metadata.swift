import Foundation

/// One claim of a README's "Metadata a reader must find" paragraph, for one report.
///
/// The paragraph is prose in a regular shape: `; `-separated segments, each naming reports
/// (`fr-quotidien`, `en-wire items`, or a language: `de:`), then `, `-separated clauses of
/// `key `value`` pairs. Keys read: byline / author / creator / dc:creator / by (→ byline),
/// provider / publisher (→ outlet), credit, dateline, dateline location, guid / ids, language.
/// A value with no key continues the previous key (`dc:creator `A` (#0), `B` (#1)`,
/// `guid `X` / `…:3``); several values without `(#N)` go to the segment's reports in order;
/// `…` opens a value known only by its end. Parentheses: `(#N)` picks an item;
/// `(¶1, `TEXT`)` says TEXT is in ¶1; `(also at the head of ¶1)` says ¶1 starts with the value.
/// Clauses without a value: `url`, `the same link`, `guid = link`, `modified 11:05`,
/// `versionCreated 21:00+03:00`, `language from the feed's `xml:lang``. Anything else is kept
/// as `.unchecked` so the test prints it instead of dropping it.
struct MetadataClaim: Sendable, Hashable {
  /// What is claimed.
  enum Field: String, Sendable, Hashable {
    case byline, outlet, credit, dateline, datelinePlace, guid, language
    /// `url`: the report has one.
    case url
    /// `the same link`: all reports of the segment share one URL.
    case sameURL
    /// `guid = link`.
    case guidIsLink
    /// `language from the feed's xml:lang`: a declared language.
    case declaredLanguage
    /// `modified 11:05`, `versionCreated 21:00+03:00`: the updated time (`HH:MM[±hh:mm]`).
    case updatedTime
    /// ¶N starts with the value.
    case paragraphHead
    /// ¶N contains the value.
    case paragraphContains
    /// Read but not checkable against `Report` (printed by the test).
    case unchecked
  }

  /// The README id of the report.
  var report: String
  /// The field.
  var field: Field
  /// The expected value (`…:3` means "ends with `:3`"), or the clause for `.unchecked`.
  var value: String
  /// The paragraph, for `.paragraphHead` and `.paragraphContains`.
  var paragraph: Int?
  /// The README line of the paragraph.
  var line: Int
}

extension StoryReadme {
  /// The claims of the "Metadata a reader must find" paragraph, per report. Off-story rows
  /// are left out of segments that name several reports (the paragraph is about the story).
  var metadataClaims: [MetadataClaim] {
    guard
      let colon = metadataText.range(of: "must find")
        .flatMap({ metadataText[$0.upperBound...].firstIndex(of: ":") })
    else { return [] }
    let body = metadataText[metadataText.index(after: colon)...]
    var out: [MetadataClaim] = []
    for segment in Self.split(body, at: ";") {
      var words = segment.trimmingCharacters(in: .whitespaces).split(separator: " ")
      guard !words.isEmpty else { continue }
      let head = String(words.removeFirst()).trimmingCharacters(in: CharacterSet(charactersIn: ":"))
      if let next = words.first, next.hasSuffix(":") { words.removeFirst() }
      let targets = self.targets(head)
      let rest = words.joined(separator: " ")
      out += claims(Self.split(Substring(rest), at: ","), targets: targets)
    }
    return out
  }

  /// The reports a segment head names: ids starting with `head.`, else reports in language
  /// `head`; off-story rows only when named alone.
  func targets(_ head: String) -> [ReportRow] {
    let byName = reports.filter { $0.id.hasPrefix(head + ".") }
    let found = byName.isEmpty ? reports.filter { $0.language == head } : byName
    let onStory = found.filter { !$0.offStory }
    return onStory.isEmpty ? found : onStory
  }

  private func claims(_ clauses: [String], targets: [ReportRow]) -> [MetadataClaim] {
    var out: [MetadataClaim] = []
    var key: MetadataClaim.Field?
    var valueIndex = 0
    func add(_ field: MetadataClaim.Field, _ value: String, to rows: [ReportRow], _ p: Int? = nil) {
      for row in rows {
        out.append(
          MetadataClaim(
            report: row.id, field: field, value: value, paragraph: p, line: metadataLine))
      }
    }
    for raw in clauses {
      let clause = raw.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
      if let simple = Self.simpleClause(clause) {
        add(simple.0, simple.1, to: targets)
        continue
      }
      let pieces = Self.pieces(clause)
      if pieces.isEmpty {
        add(.unchecked, clause, to: targets)
        continue
      }
      for piece in pieces {
        let named = Self.field(piece.key)
        if let named {
          if named != key { valueIndex = 0 }
          key = named
        } else if piece.key.isEmpty || piece.key == "/" {
          valueIndex += 1
        } else {
          add(.unchecked, clause, to: targets)
          continue
        }
        guard let field = key else { continue }
        var rows = targets
        if let item = piece.item {
          rows = targets.filter { $0.item == item }
        } else if valueIndex > 0 || pieces.filter({ $0.key == "/" }).count > 0 {
          rows = valueIndex < targets.count ? [targets[valueIndex]] : []
        }
        add(field, piece.value, to: rows)
        if let p = piece.inParagraph { add(.paragraphContains, piece.inParagraphText, to: rows, p) }
        if let p = piece.atHeadOf { add(.paragraphHead, piece.value, to: rows, p) }
      }
    }
    return out
  }

  /// Clauses without a backticked value.
  static func simpleClause(_ clause: String) -> (MetadataClaim.Field, String)? {
    if clause == "url" { return (.url, "") }
    if clause == "the same link" { return (.sameURL, "") }
    if clause == "guid = link" { return (.guidIsLink, "") }
    if clause.hasPrefix("language from") { return (.declaredLanguage, "") }
    for prefix in ["modified ", "versionCreated "] where clause.hasPrefix(prefix) {
      return (.updatedTime, String(clause.dropFirst(prefix.count)))
    }
    if !clause.contains("`") { return (.unchecked, clause) }
    if clause.hasPrefix("date from") { return (.unchecked, clause) }
    return nil
  }

  static func field(_ key: String) -> MetadataClaim.Field? {
    switch key {
    case "byline", "author", "creator", "dc:creator", "by": .byline
    case "provider", "publisher": .outlet
    case "credit": .credit
    case "dateline": .dateline
    case "dateline location": .datelinePlace
    case "guid", "ids": .guid
    case "language": .language
    default: nil
    }
  }

  /// A `key `value`` pair with what its parentheses say.
  struct Piece {
    var key: String
    var value: String
    var item: Int?
    var inParagraph: Int?
    var inParagraphText = ""
    var atHeadOf: Int?
  }

  /// The `key `value` (…)` pieces of a clause.
  static func pieces(_ clause: String) -> [Piece] {
    var out: [Piece] = []
    var index = clause.startIndex
    var keyStart = index
    while let open = clause[index...].firstIndex(of: "`") {
      let after = clause.index(after: open)
      guard let close = clause[after...].firstIndex(of: "`") else { break }
      let key = clause[keyStart..<open].trimmingCharacters(in: .whitespaces)
      var piece = Piece(key: key, value: String(clause[after..<close]))
      index = clause.index(after: close)
      let rest = clause[index...].drop { $0 == " " }
      if rest.first == "(", let end = closingParenthesis(rest) {
        read(rest[rest.index(after: rest.startIndex)..<end], into: &piece)
        index = rest.index(after: end)
      }
      out.append(piece)
      keyStart = index
    }
    return out
  }

  /// The `)` closing the `(` that starts `text`, skipping backticked spans.
  static func closingParenthesis(_ text: Substring) -> String.Index? {
    var depth = 0
    var inTicks = false
    for index in text.indices {
      switch text[index] {
      case "`": inTicks.toggle()
      case "(" where !inTicks: depth += 1
      case ")" where !inTicks:
        depth -= 1
        if depth == 0 { return index }
      default: break
      }
    }
    return nil
  }

  private static func read(_ inner: Substring, into piece: inout Piece) {
    let paragraph = inner.firstIndex(of: "¶").flatMap { start in
      Int(inner[inner.index(after: start)...].prefix { $0.isNumber })
    }
    if inner.hasPrefix("#") {
      piece.item = Int(inner.dropFirst().prefix { $0.isNumber })
    } else if let paragraph, inner.hasPrefix("also at the head of") {
      piece.atHeadOf = paragraph
    } else if let paragraph, let open = inner.firstIndex(of: "`"),
      let close = inner[inner.index(after: open)...].firstIndex(of: "`")
    {
      piece.inParagraph = paragraph
      piece.inParagraphText = String(inner[inner.index(after: open)..<close])
    }
  }

  /// Splits at `separator` outside backticks and parentheses.
  static func split(_ text: Substring, at separator: Character) -> [String] {
    var out: [String] = []
    var current = ""
    var inTicks = false
    var depth = 0
    for character in text {
      if character == "`" { inTicks.toggle() }
      if !inTicks, character == "(" { depth += 1 }
      if !inTicks, character == ")" { depth = max(0, depth - 1) }
      if character == separator, !inTicks, depth == 0 {
        out.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.trimmingCharacters(in: .whitespaces).isEmpty { out.append(current) }
    return out
  }

  /// Backticked spans of the "Junk a reader must drop" paragraph that hold a digit: quoted
  /// junk text (`+49 30 5550 1234`, `USD 66,99`), as opposed to element names (`aside.related`).
  var quotedJunk: [String] {
    var out: [String] = []
    var index = junkText.startIndex
    while let open = junkText[index...].firstIndex(of: "`") {
      let after = junkText.index(after: open)
      guard let close = junkText[after...].firstIndex(of: "`") else { break }
      let span = String(junkText[after..<close])
      if span.contains(where: \.isNumber) { out.append(span) }
      index = junkText.index(after: close)
    }
    return out
  }
}
