import ParallaxCorpus

/// The bilingual dictionaries of a folder (dictd format, as Debian's FreeDict packages
/// install them) and the word pairs they give for two languages.
public struct DictionaryShelf: Sendable {
  /// Where Debian installs dictd dictionaries.
  public static let standardFolder = "/usr/share/dictd"
  /// The folder.
  public var folder: String

  /// A shelf reading `folder`.
  public init(folder: String) { self.folder = folder }

  /// Word pairs found, and what went wrong or was assumed.
  public struct Found: Sendable {
    /// The pairs, source word first.
    public var entries: [LexiconEntry]
    /// Unreadable dictionaries (errors), missing ones (notes).
    public var diagnostics: [Diagnostic]
  }

  /// The pairs relating words of `sourceWords` to words of `targetWords`.
  public func pairs(
    source: String, target: String, sourceWords: Set<String>, targetWords: Set<String>
  ) -> Found {
    Found(entries: [], diagnostics: [])
  }
}
