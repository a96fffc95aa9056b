import ParallaxCorpus

/// A figure found in a paragraph: a number with what qualifies it and what it counts.
///
/// Ranges are Unicode-scalar offsets in the paragraph text (`TextRange`):
/// - `range`: the number itself with its scale words (`2,5 milliards`, `vingt-deux`);
/// - `quantityRange`: the number with its percent sign or word and currency (`50 %`, `$20`);
/// - `expressionRange`: the qualifier too (`au moins 22`, `30'dan fazla`, `between 20 and 30`).
///
/// For a vague figure (`plusieurs`, `dozens`, `une vingtaine`) `value` is the order of
/// magnitude the word names (1 for "several", 10 for "dozens", 20 for "une vingtaine"),
/// never an exact count: read it together with `qualifier == .vague`.
public struct Figure: Sendable, Codable, Hashable {
  /// How the number is written.
  public enum Form: String, Sendable, Codable, Hashable {
    /// ASCII digits (`1 000`, `2,5`).
    case digits
    /// Arabic-Indic or Persian digits (`٣`, `۳`).
    case arabicIndic
    /// Number words only (`vingt-deux`, `zweiundzwanzig`).
    case words
    /// Digits with a scale word (`2,5 milliards`, `3 млн`).
    case mixed
  }

  /// How exact the number is claimed to be.
  public enum Qualifier: String, Sendable, Codable, Hashable {
    /// As written.
    case exact
    /// At least (`au moins`, `en az`).
    case atLeast
    /// More than (`plus de`, `30'dan fazla`).
    case moreThan
    /// At most.
    case atMost
    /// Less than.
    case lessThan
    /// About (`environ`, `rund`, `около`).
    case about
    /// A range: `value` to `upper`.
    case range
    /// Up to (`jusqu'à`, `bis zu`, `до 30`).
    case upTo
    /// A vague amount (`plusieurs`, `dozens`): `value` is only an order of magnitude.
    case vague
  }

  /// What sort of amount it is.
  public enum Kind: String, Sendable, Codable, Hashable {
    /// A count or plain amount.
    case count
    /// A percentage (`value` is the percent number: 50 for 50 %).
    case percent
    /// Money (`currency` holds the ISO code).
    case money
  }

  /// What is claimed about the figure.
  public enum Status: String, Sendable, Codable, Hashable {
    /// A plain statement.
    case plain
    /// A change: from `changedFrom` to `value` (`passé de 22 à 33`).
    case change
    /// A running total (`portant le bilan à 54`).
    case cumulative
    /// Denied in its clause (`a démenti`).
    case denied
    /// Hedged in its clause (`pourrait`, `could rise`).
    case hedged
    /// Given as an earlier, superseded figure (`previously`, `ранее … сообщало`,
    /// `daha önce … açıklamıştı`, `Bislang hatte … gesprochen`).
    case earlier
    /// Background: a figure of another, earlier event, its sentence set in a year before the
    /// report's (`301 workers died at Soma in 2014`, `la pire catastrophe … en 1999, 88
    /// morts`): not a figure of the report's own story.
    case background
  }

  /// The number itself, with its scale words.
  public var range: TextRange
  /// The number with its percent sign or word and currency.
  public var quantityRange: TextRange
  /// Qualifier, number, percent and currency together.
  public var expressionRange: TextRange
  /// The text of `expressionRange`.
  public var text: String
  /// The value (the lower bound of a range, the order of magnitude of a vague figure).
  public var value: ExactNumber
  /// The upper bound of a range.
  public var upper: ExactNumber?
  /// Where the upper bound is written.
  public var upperRange: TextRange?
  /// The first number of a range or change with its percent sign or currency (`%18` in
  /// `%18'den %20'ye`); `quantityRange` is the second one.
  public var fromQuantityRange: TextRange?
  /// How it is written.
  public var form: Form
  /// How exact it is claimed to be.
  public var qualifier: Qualifier
  /// Count, percent or money.
  public var kind: Kind
  /// The ISO 4217 code for money (`EUR`, `USD`, `TRY`).
  public var currency: String?
  /// What is counted: event × counted × affiliation, each with its evidence.
  public var measure: Measure?
  /// Plain, change, cumulative, denied, hedged or earlier.
  public var status: Status
  /// The earlier value of a change.
  public var changedFrom: ExactNumber?

  /// Creates a figure.
  public init(
    range: TextRange, quantityRange: TextRange? = nil, expressionRange: TextRange? = nil,
    text: String, value: ExactNumber, upper: ExactNumber? = nil, upperRange: TextRange? = nil,
    form: Form, qualifier: Qualifier = .exact, kind: Kind = .count, currency: String? = nil,
    measure: Measure? = nil, status: Status = .plain, changedFrom: ExactNumber? = nil
  ) {
    self.range = range
    self.quantityRange = quantityRange ?? range
    self.expressionRange = expressionRange ?? quantityRange ?? range
    self.text = text
    self.value = value
    self.upper = upper
    self.upperRange = upperRange
    self.form = form
    self.qualifier = qualifier
    self.kind = kind
    self.currency = currency
    self.measure = measure
    self.status = status
    self.changedFrom = changedFrom
  }
}
