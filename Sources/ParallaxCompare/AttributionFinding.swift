import ParallaxCore
import ParallaxFacts

/// How two aligned paragraphs tell who speaks: a direct quote or a named channel one report
/// gives and the other does not, or two different quotes of one speaker (`“under fire”` ↔
/// `“Şehitlerimizin kanı yerde kalmayacak”`).
public struct AttributionFinding: Sendable, Codable, Hashable {
  /// What differs.
  public enum Kind: String, Sendable, Codable, Hashable {
    /// A direct quote only in the first report's paragraph.
    case quoteOnlyInFirst
    /// A direct quote only in the second report's paragraph.
    case quoteOnlyInSecond
    /// One speaker quoted with other words on each side.
    case quoteDiffers
    /// A named channel (`l'agence de presse étatique Anadolu`) only in the first report.
    case channelOnlyInFirst
    /// A named channel only in the second report.
    case channelOnlyInSecond
  }

  /// One side of a finding: who speaks, the quote or channel as written, and where.
  public struct Side: Sendable, Codable, Hashable {
    /// The speaker.
    public var source: Source
    /// The quote or the channel as written.
    public var text: String
    /// Where the quote or channel is (the attribution's fact id).
    public var evidence: Evidence
  }

  /// What differs.
  public var kind: Kind
  /// The first report's quote or channel, absent for `…OnlyInSecond`.
  public var first: Side?
  /// The second report's, absent for `…OnlyInFirst`.
  public var second: Side?

  /// Quotes in two languages are taken as one quote translated unless one is this many times
  /// longer than the other (a translation keeps a sentence's length within about twice).
  static let translatedLengthRatio = 2.5

  /// The findings of the matched pairs of `pairs`, in their order.
  static func findings(
    _ a: AnalyzedReport, _ b: AnalyzedReport, pairs: [ParagraphPair], names: Glossary
  ) -> [AttributionFinding] {
    var namer = SourceNamer(names: names, story: [a, b])
    var result: [AttributionFinding] = []
    let sameLanguage = a.language == b.language
    for pair in pairs where pair.isMatched {
      let left = sides(a, pair.left, &namer)
      let right = sides(b, pair.right, &namer)
      // Quotes: one speaker's on both sides, else each alone.
      var rest = right.quotes
      for quote in left.quotes {
        if let index = rest.firstIndex(where: { $0.source == quote.source }) {
          let other = rest.remove(at: index)
          if differ(quote.text, other.text, sameLanguage: sameLanguage) {
            result.append(AttributionFinding(kind: .quoteDiffers, first: quote, second: other))
          }
        } else if right.quotes.isEmpty {
          result.append(AttributionFinding(kind: .quoteOnlyInFirst, first: quote, second: nil))
        }
      }
      if left.quotes.isEmpty {
        for quote in rest {
          result.append(AttributionFinding(kind: .quoteOnlyInSecond, first: nil, second: quote))
        }
      }
      if right.channels.isEmpty {
        for channel in left.channels {
          result.append(
            AttributionFinding(kind: .channelOnlyInFirst, first: channel, second: nil))
        }
      }
      if left.channels.isEmpty {
        for channel in right.channels {
          result.append(
            AttributionFinding(kind: .channelOnlyInSecond, first: nil, second: channel))
        }
      }
    }
    return result
  }

  /// Whether two quotes of one speaker are other words: any difference in one language;
  /// across languages, lengths far apart.
  static func differ(_ x: String, _ y: String, sameLanguage: Bool) -> Bool {
    if sameLanguage { return x != y }
    let (m, n) = (Double(x.count), Double(y.count))
    return max(m, n) > translatedLengthRatio * max(1, min(m, n))
  }

  /// The quotes and the named channels (a channel naming a known entity: `Anadolu`, not
  /// `reporters`) of a report's paragraphs.
  static func sides(_ report: AnalyzedReport, _ numbers: [Int], _ namer: inout SourceNamer)
    -> (quotes: [Side], channels: [Side])
  {
    var quotes: [Side] = []
    var channels: [Side] = []
    for number in numbers {
      guard let paragraph = report.paragraph(number), !paragraph.attributions.isEmpty else {
        continue
      }
      let entities = paragraph.entities.map(\.entity)
      var scalars: [Unicode.Scalar] = []
      for fact in paragraph.attributions {
        let attribution = fact.attribution
        let channel = attribution.channelRange.flatMap { range in
          entities.contains { $0.range.overlaps(range) } ? range : nil
        }
        // Most attributions give neither: their source is not looked up.
        guard attribution.quote != nil || channel != nil else { continue }
        let source = namer.source(of: attribution, among: entities)
        let evidence = { (range: TextRange) in
          Evidence(
            report: report.id, paragraph: number, range: range, factID: fact.id.description)
        }
        if let range = attribution.quote {
          if scalars.isEmpty { scalars = Array(paragraph.text.unicodeScalars) }
          let lower = max(0, min(range.start, scalars.count))
          let upper = max(lower, min(range.end, scalars.count))
          let text = String(String.UnicodeScalarView(scalars[lower..<upper]))
          quotes.append(Side(source: source, text: text, evidence: evidence(range)))
        }
        if let range = channel, let text = attribution.channel {
          channels.append(Side(source: source, text: text, evidence: evidence(range)))
        }
      }
    }
    return (quotes, channels)
  }
}
