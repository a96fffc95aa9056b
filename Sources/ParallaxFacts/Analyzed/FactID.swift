/// The stable name of one fact of a report: `p3.f1` is figure 1 of paragraph 3.
///
/// The scheme is `p<paragraph>.<kind><number>`, both numbers from 0: the paragraph's index
/// in its report, then the fact's position among the paragraph's facts of that kind
/// (`f` figure, `d` date, `e` entity, `a` attribution), in the order the facts stage gives
/// them. An id depends only on the report's text and the rules, never on the reports read
/// before, so the same run on the same report gives the same ids; the aligner and compare
/// stages refer to facts by these ids. In JSON it is the string.
public struct FactID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// What kind of fact an id names, and its letter.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A figure (`f`).
    case figure = "f"
    /// A date mention (`d`).
    case date = "d"
    /// An entity (`e`).
    case entity = "e"
    /// An attribution (`a`).
    case attribution = "a"
  }

  /// The paragraph's index in its report.
  public var paragraph: Int
  /// The kind of fact.
  public var kind: Kind
  /// The fact's position among its paragraph's facts of this kind.
  public var number: Int

  /// Creates an id.
  public init(paragraph: Int, kind: Kind, number: Int) {
    self.paragraph = paragraph
    self.kind = kind
    self.number = number
  }

  /// Reads an id such as `p3.f1`; `nil` when the text is not one.
  public init?(_ text: String) {
    guard text.hasPrefix("p"), let dot = text.firstIndex(of: ".") else { return nil }
    let paragraphDigits = text[text.index(after: text.startIndex)..<dot]
    let rest = text[text.index(after: dot)...]
    guard let letter = rest.first, let kind = Kind(rawValue: String(letter)),
      let paragraph = Self.number(paragraphDigits),
      let number = Self.number(rest.dropFirst())
    else { return nil }
    self.init(paragraph: paragraph, kind: kind, number: number)
  }

  /// `p3.f1`.
  public var description: String { "p\(paragraph).\(kind.rawValue)\(number)" }

  /// Orders by paragraph, then kind (figure, date, entity, attribution), then number.
  public static func < (lhs: FactID, rhs: FactID) -> Bool {
    func rank(_ kind: Kind) -> Int { Kind.allCases.firstIndex(of: kind) ?? 0 }
    return (lhs.paragraph, rank(lhs.kind), lhs.number) < (rhs.paragraph, rank(rhs.kind), rhs.number)
  }

  /// Decodes the string form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let id = FactID(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a fact id (p<paragraph>.<f|d|e|a><n>)")
    }
    self = id
  }

  /// Encodes the string form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// Decimal digits only (no sign, no spaces), as a number.
  private static func number(_ digits: Substring) -> Int? {
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return Int(digits)
  }
}
