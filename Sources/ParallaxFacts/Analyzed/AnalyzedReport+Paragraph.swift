import ParallaxCorpus

extension AnalyzedReport {
  /// One paragraph of an analyzed report: its text, role and sentences, and its facts with
  /// their ids. Every range is counted in Unicode scalars of `text`.
  public struct Paragraph: Sendable, Codable, Hashable {
    /// The paragraph's index in its report (the `p3` of its facts' ids).
    public var index: Int
    /// The paragraph's role (headline, lead, body, subheading).
    public var kind: ParallaxCorpus.Paragraph.Kind
    /// The text, as the corpus stage normalized it.
    public var text: String
    /// The sentences, as the text stage's `SentenceSplitter` gives them, in order.
    public var sentences: [TextRange]
    /// Figures (`p3.f0`, `p3.f1`, …).
    public var figures: [FigureFact]
    /// Dates (`p3.d0`, …).
    public var dates: [DateFact]
    /// People, organizations and places (`p3.e0`, …).
    public var entities: [EntityFact]
    /// Who says what (`p3.a0`, …), with the figures each backs.
    public var attributions: [AttributionFact]

    /// Creates a paragraph from its parts.
    public init(
      index: Int, kind: ParallaxCorpus.Paragraph.Kind, text: String, sentences: [TextRange],
      figures: [FigureFact] = [], dates: [DateFact] = [], entities: [EntityFact] = [],
      attributions: [AttributionFact] = []
    ) {
      self.index = index
      self.kind = kind
      self.text = text
      self.sentences = sentences
      self.figures = figures
      self.dates = dates
      self.entities = entities
      self.attributions = attributions
    }

    /// The paragraph of `facts` whose text is `text`: ids given in order, the figure
    /// indices of each attribution turned into ids both ways.
    public init(_ facts: ParagraphFacts, text: String) {
      let p = facts.index
      let sentences = facts.sentences
      func sentence(_ range: TextRange) -> Int { Self.sentence(at: range.start, in: sentences) }
      var backers = [[FactID]](repeating: [], count: facts.figures.count)
      var attributions: [AttributionFact] = []
      for (number, attribution) in facts.attributions.enumerated() {
        let id = FactID(paragraph: p, kind: .attribution, number: number)
        let linked = attribution.figures.filter { backers.indices.contains($0) }
        for figure in linked { backers[figure].append(id) }
        attributions.append(
          AttributionFact(
            id: id, sentence: sentence(attribution.content), attribution: attribution,
            figures: linked.map { FactID(paragraph: p, kind: .figure, number: $0) }))
      }
      self.init(
        index: p, kind: facts.kind, text: text, sentences: sentences,
        figures: facts.figures.enumerated().map { number, figure in
          FigureFact(
            id: FactID(paragraph: p, kind: .figure, number: number),
            sentence: sentence(figure.expressionRange), figure: figure,
            attributions: backers[number])
        },
        dates: facts.dates.enumerated().map { number, date in
          DateFact(
            id: FactID(paragraph: p, kind: .date, number: number), sentence: sentence(date.range),
            date: date)
        },
        entities: facts.entities.enumerated().map { number, entity in
          EntityFact(
            id: FactID(paragraph: p, kind: .entity, number: number),
            sentence: sentence(entity.range), entity: entity)
        },
        attributions: attributions)
    }

    /// The facts stage's view of this paragraph (links by index).
    public var facts: ParagraphFacts {
      ParagraphFacts(
        index: index, kind: kind, sentences: sentences, figures: figures.map(\.figure),
        dates: dates.map(\.date), entities: entities.map(\.entity),
        attributions: attributions.map(\.attribution))
    }

    /// The text of sentence `number`, or an empty string when there is none.
    public func sentenceText(_ number: Int) -> String {
      guard sentences.indices.contains(number) else { return "" }
      return sentences[number].slice(of: text)
    }

    /// The index of the last sentence starting at or before `position` (0 when none does).
    static func sentence(at position: Int, in sentences: [TextRange]) -> Int {
      var low = 0
      var high = sentences.count
      while low < high {
        let middle = (low + high) / 2
        if sentences[middle].start <= position { low = middle + 1 } else { high = middle }
      }
      return max(0, low - 1)
    }
  }
}
