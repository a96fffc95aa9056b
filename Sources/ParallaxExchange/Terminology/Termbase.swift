import ParallaxCore

/// A terminology collection as the exchange formats hold it: concepts, their language
/// sections in file order and, per term, a status and a note.
///
/// The readers (TBX v2 and v3, OmegaT, CSV) fill one, the writers write one; `Termbase+
/// Glossary.swift` converts to and from the glossary model, and is the only place that knows
/// how the glossary keeps a status.
public struct Termbase: Sendable, Hashable {
  /// The concepts in file order.
  public var concepts: [TermbaseConcept]
  /// Problems found while reading, each with its place in the file.
  public var diagnostics: [Diagnostic]

  /// A termbase of `concepts`.
  public init(concepts: [TermbaseConcept] = [], diagnostics: [Diagnostic] = []) {
    self.concepts = concepts
    self.diagnostics = diagnostics
  }

  /// The language tags used, in first-use order.
  public var languages: [String] {
    var seen: Set<String> = []
    var out: [String] = []
    for concept in concepts {
      for section in concept.languages where seen.insert(section.language.lowercased()).inserted {
        out.append(section.language)
      }
    }
    return out
  }
}
