import ParallaxText
import Synchronization

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
  /// The two-slot templates (indices into `value.templates`, in its order) that may match
  /// when the token before the second number has a given key: those whose literal middle
  /// ends with it, and those with no middle.
  let pairTemplates: HashTable<[Int]>
  /// The two-slot templates with no literal middle (in order).
  let pairTemplatesWithoutMiddle: [Int]
  /// Scratches of `FigureExtractor.figures(in:)` calls that ended, lent to one call at a
  /// time; their word tables remember the figure readings of the words seen.
  private let scratches = Mutex<[FigureScratch]>([])
  /// The most words a pooled scratch's table keeps before it starts again (a few MB).
  static let scratchWords = 50_000

  /// A box holding `value`.
  init(_ value: FigureLanguage) {
    self.value = value
    (singleTemplates, singleTemplatesWithoutBefore) = Self.index(
      value.templates, pairs: false, by: \.before.last)
    (pairTemplates, pairTemplatesWithoutMiddle) = Self.index(
      value.templates, pairs: true, by: \.middle.last)
  }

  /// The one-slot (`pairs` false) or two-slot templates by the key of one literal token
  /// (`last`: the last before the slot, the last of the middle), each list in template order
  /// with the templates that have no such token merged in; and those alone.
  private static func index(
    _ templates: [FigureTemplate], pairs: Bool, by last: (FigureTemplate) -> TokenKey?
  ) -> (HashTable<[Int]>, [Int]) {
    var byLast = HashTable<[Int]>()
    var without: [Int] = []
    for (position, template) in templates.enumerated() where template.isPair == pairs {
      guard let last = last(template) else {
        without.append(position)
        continue
      }
      byLast[last.hash, key: last.key] = (byLast[last.hash, key: last.key] ?? []) + [position]
    }
    // Each list also holds the templates without that token, merged in template order.
    var merged = HashTable<[Int]>()
    for template in templates where template.isPair == pairs {
      guard let last = last(template), merged[last.hash, key: last.key] == nil else {
        continue
      }
      merged[last.hash, key: last.key] = ((byLast[last.hash, key: last.key] ?? []) + without)
        .sorted()
    }
    return (merged, without)
  }

  /// A scratch for one `figures(in:)` call, from the pool when one is free. It keeps no
  /// memo of concepts (they come from the process-wide `ConceptCache`).
  func borrowScratch() -> FigureScratch {
    scratches.withLock { $0.popLast() } ?? FigureScratch(for: self, remembering: false)
  }

  /// Gives back a scratch `borrowScratch` lent (its table emptied past `scratchWords`).
  func returnScratch(_ scratch: FigureScratch) {
    if scratch.words.count >= Self.scratchWords { scratch.words = WordTable(capacity: 256) }
    scratches.withLock { pool in
      if pool.count < 2 { pool.append(scratch) }
    }
  }
}
