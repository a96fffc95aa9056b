/// A language's figure tables behind one reference: the per-paragraph scanner and analyzer
/// hold this instead of a copy of `FigureLanguage`, whose dozens of tables would each be
/// retained and released for every paragraph.
final class FigureLanguageBox: Sendable {
  /// The tables.
  let value: FigureLanguage

  /// A box holding `value`.
  init(_ value: FigureLanguage) { self.value = value }
}
