/// A language's figure tables behind one reference: the per-paragraph scanner and analyzer
/// hold this instead of a copy of `FigureLanguage`, whose dozens of tables would each be
/// retained and released for every paragraph.
final class FigureLanguageBox: Sendable {
  /// The tables.
  let value: FigureLanguage
  /// The one-slot templates (indices into `value.templates`, in its order) that may match
  /// when the token before the number has a given key: those whose literal tokens before
  /// the slot end with it, and those with none before it.
  let singleTemplates: HashTable<[Int]>
  /// The one-slot templates with no literal token before the slot (in order).
  let singleTemplatesWithoutBefore: [Int]

  /// A box holding `value`.
  init(_ value: FigureLanguage) {
    self.value = value
    var byLast = HashTable<[Int]>()
    var without: [Int] = []
    for (position, template) in value.templates.enumerated() where !template.isPair {
      guard let last = template.before.last else {
        without.append(position)
        continue
      }
      byLast[last.hash, key: last.key] = (byLast[last.hash, key: last.key] ?? []) + [position]
    }
    // Each list also holds the templates without a `before`, merged in template order.
    var merged = HashTable<[Int]>()
    for (position, template) in value.templates.enumerated() where !template.isPair {
      guard let last = template.before.last, merged[last.hash, key: last.key] == nil else {
        continue
      }
      merged[last.hash, key: last.key] = ((byLast[last.hash, key: last.key] ?? []) + without)
        .sorted()
    }
    singleTemplates = merged
    singleTemplatesWithoutBefore = without
  }
}
