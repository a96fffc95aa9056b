import Synchronization

/// The language kits of one extractor, each built the first time a report needs its language
/// (thread-safe: a kit is built once, under its own lock, and then shared).
///
/// A kit is a pure function of its language and the name sources, so when it is built does
/// not change what it finds: output is the same whichever reports come first.
final class LanguageKits: Sendable {
  /// One language's kit, once built.
  private final class Slot: Sendable {
    let kit = Mutex<LanguageKit?>(nil)
  }

  private let languages: [String]
  private let slots: [String: Slot]
  private let names: [(Glossary, EntityEvidence)]
  /// For each function word, a bit per supported language that has it; built on first need.
  private let functionWords = Mutex<[String: UInt8]?>(nil)

  init(languages: [String], names: [(Glossary, EntityEvidence)]) {
    self.languages = languages
    self.names = names
    var slots: [String: Slot] = [:]
    for language in languages { slots[language] = Slot() }
    self.slots = slots
  }

  /// The kit of `language`, built now if no report needed it before; `nil` when the language
  /// is not supported.
  func kit(_ language: String) -> LanguageKit? {
    guard let slot = slots[language] else { return nil }
    return slot.kit.withLock { kit in
      if let kit { return kit }
      let made = LanguageKit(language: language, names: names)
      kit = made
      return made
    }
  }

  /// For each function word of the supported languages (their entity lexicons), a bit per
  /// language (position in `languages`) that lists it. Reads the lexicons only, not whole kits.
  func functionWordLanguages() -> [String: UInt8] {
    functionWords.withLock { table in
      if let table { return table }
      var bits: [String: UInt8] = [:]
      for (position, language) in languages.enumerated() {
        for word in EntityLexicon(language: language).functionWords {
          bits[word, default: 0] |= 1 << position
        }
      }
      table = bits
      return bits
    }
  }
}
