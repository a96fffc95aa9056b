import ParallaxFacts

/// The facts of a paragraph as table rows (id, fact, what, evidence, range, source), each
/// cell made of pieces that say which words come from the report: the HTML view isolates
/// those (`<bdi>`, in the report's language and direction) so an Arabic name inside an
/// English cell keeps its order; the text and Markdown views join the pieces.
public enum FactRows {
  /// The column titles.
  public static let header = ["id", "fact", "what", "evidence", "range", "source"]

  /// A run of a cell's text.
  public struct Piece: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Whether the text comes from the report (in its language), not from Parallax.
    public var quoted: Bool

    /// A piece of text.
    public init(_ text: String, quoted: Bool = false) {
      self.text = text
      self.quoted = quoted
    }
  }

  /// A table cell: its pieces in order.
  public struct Cell: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The pieces.
    public var pieces: [Piece]

    /// A cell of pieces.
    public init(_ pieces: [Piece]) { self.pieces = pieces }

    /// A cell of Parallax's own words.
    public init(stringLiteral text: String) { pieces = [Piece(text)] }

    /// The text, pieces joined.
    public var plain: String { pieces.map(\.text).joined() }

    static func own(_ text: String) -> Cell { Cell([Piece(text)]) }
  }

  /// One row per figure, date, entity and attribution, in that order, as plain text.
  public static func rows(_ paragraph: AnalyzedReport.Paragraph) -> [[String]] {
    cells(paragraph).map { $0.map(\.plain) }
  }

  /// One row per figure, date, entity and attribution, in that order.
  public static func cells(_ paragraph: AnalyzedReport.Paragraph) -> [[Cell]] {
    func quoted(_ text: String) -> Cell {
      Cell([Piece("“"), Piece(text, quoted: true), Piece("”")])
    }
    var rows: [[Cell]] = []
    for fact in paragraph.figures {
      let figure = fact.figure
      var sources: [Piece] = []
      for id in fact.attributions
      where id.paragraph == paragraph.index && id.number < paragraph.attributions.count {
        if !sources.isEmpty { sources.append(Piece("; ")) }
        let source = paragraph.attributions[id.number].attribution.source
        sources.append(source.map { Piece($0, quoted: true) } ?? Piece("—"))
        sources.append(Piece(" (\(id))"))
      }
      rows.append([
        .own("\(fact.id)"), "figure", .own(FactWording.summary(figure)), quoted(figure.text),
        .own("\(figure.expressionRange)"), Cell(sources),
      ])
    }
    for fact in paragraph.dates {
      rows.append([
        .own("\(fact.id)"), "date", .own(FactWording.date(fact.date)), quoted(fact.date.text),
        .own("\(fact.date.range)"), "",
      ])
    }
    for fact in paragraph.entities {
      let entity = fact.entity
      var what = [Piece(entity.kind.rawValue + " · \(entity.key)")]
      if let title = entity.title { what += [Piece(" · title: "), Piece(title, quoted: true)] }
      if let expansion = entity.expansion {
        what += [Piece(" = "), Piece(expansion, quoted: true)]
      }
      rows.append([
        .own("\(fact.id)"), "entity", Cell(what), quoted(entity.text), .own("\(entity.range)"), "",
      ])
    }
    for fact in paragraph.attributions {
      let attribution = fact.attribution
      var what = attribution.cue.map { quoted($0).pieces } ?? [Piece("quote")]
      if attribution.cue != nil { what.insert(Piece("cue "), at: 0) }
      if let channel = attribution.channel {
        what += [Piece(" via "), Piece(channel, quoted: true)]
      }
      if !fact.figures.isEmpty {
        what.append(Piece(" · figures " + fact.figures.map(\.description).joined(separator: " ")))
      }
      var source = [attribution.source.map { Piece($0, quoted: true) } ?? Piece("—")]
      if let entity = attribution.sourceEntity { source.append(Piece(" [\(entity)]")) }
      rows.append([
        .own("\(fact.id)"), "attribution", Cell(what), "covers", .own("\(attribution.content)"),
        Cell(source),
      ])
    }
    return rows
  }
}
