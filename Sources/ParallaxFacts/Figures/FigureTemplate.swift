/// A pattern around figures from the data files: literal tokens and `#` slots
/// (`au moins #`, `entre # et #`, `# ile # arasında`, `passé de # à #`).
struct FigureTemplate: Sendable, Hashable {
  /// What the template marks.
  enum Category: Sendable, Hashable {
    /// A qualifier of one figure.
    case qualifier(Figure.Qualifier)
    /// Two figures making a range.
    case range
    /// A change from the first figure to the second.
    case change
    /// A change written with the new value first: from the second figure to the first
    /// (`rose to 33 from 22`, `33 contre 22 la veille`, `до 33 с 22`).
    case changeBack
    /// The earlier value of the figure before it in the sentence (`33 …, raising an earlier
    /// toll of 22`, `33 Tote nach zuvor 22`).
    case changeFrom
    /// A cumulative total.
    case cumulative
  }

  /// What it marks.
  var category: Category
  /// Literal tokens before the first slot.
  var before: [TokenKey]
  /// Literal tokens between two slots (two-slot templates only).
  var middle: [TokenKey]
  /// Literal tokens after the last slot.
  var after: [TokenKey]
  /// Whether it has two slots.
  var isPair: Bool

  /// Parses `pattern` with `view`, or `nil` without a slot.
  init?(_ pattern: String, category: Category, view: FigureView) {
    let tokens = view.tokens(of: pattern)
    let keys = tokens.map(TokenKey.init)
    let slots = tokens.indices.filter { tokens[$0].key == "#" }
    guard let first = slots.first, let last = slots.last, slots.count <= 2 else { return nil }
    self.category = category
    before = Array(keys[..<first])
    after = Array(keys[(last + 1)...])
    middle = slots.count == 2 ? Array(keys[(first + 1)..<last]) : []
    isPair = slots.count == 2
  }

  /// Whether it marks a qualifier.
  var isQualifier: Bool {
    if case .qualifier = category { return true }
    return false
  }

  /// How many literal tokens it has (longer templates win).
  var weight: Int { before.count + middle.count + after.count }
}
