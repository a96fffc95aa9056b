/// A translation memory as TMX 1.4b holds it: the header's attributes and the translation
/// units, each a source segment and its translation with their languages and properties.
///
/// `TMXWriter` writes it; `BilingualReader.readMemory(path:)` reads one back (every unit
/// with its own language pair).
public struct TranslationMemory: Sendable, Hashable, Codable {
  /// The header's required attributes (TMX 1.4b §3.1 `header`).
  public struct Header: Sendable, Hashable, Codable {
    /// `srclang`: the source language of the units, or `*all*` when they differ.
    public var sourceLanguage: String
    /// `creationtool`.
    public var creationTool: String
    /// `creationtoolversion`.
    public var creationToolVersion: String
    /// `segtype`: `paragraph`, `sentence`, `phrase` or `block`.
    public var segmentType: String
    /// `o-tmf`: the format the memory was made from.
    public var originalFormat: String
    /// `adminlang`: the language of the administrative text (notes, properties).
    public var adminLanguage: String
    /// `datatype`: the kind of data (`plaintext`).
    public var dataType: String

    /// A header; the tool is Parallax unless said otherwise.
    public init(
      sourceLanguage: String, segmentType: String, creationTool: String = "Parallax",
      creationToolVersion: String = "0.1", originalFormat: String = "parallax-alignment",
      adminLanguage: String = "en", dataType: String = "plaintext"
    ) {
      self.sourceLanguage = sourceLanguage
      self.creationTool = creationTool
      self.creationToolVersion = creationToolVersion
      self.segmentType = segmentType
      self.originalFormat = originalFormat
      self.adminLanguage = adminLanguage
      self.dataType = dataType
    }
  }

  /// One translation unit: a segment, its translation and what is known about them.
  public struct Unit: Sendable, Hashable, Codable {
    /// `tuid`, when the unit has one.
    public var id: String?
    /// The source segment's language.
    public var sourceLanguage: String
    /// The source segment, plain text.
    public var source: String
    /// The translation's language.
    public var targetLanguage: String
    /// The translation, plain text.
    public var target: String
    /// `prop`s in order: (`type`, value), such as (`x-parallax-score`, `0.83`).
    public var properties: [Property]

    /// Creates a unit.
    public init(
      id: String? = nil, sourceLanguage: String, source: String, targetLanguage: String,
      target: String, properties: [Property] = []
    ) {
      self.id = id
      self.sourceLanguage = sourceLanguage
      self.source = source
      self.targetLanguage = targetLanguage
      self.target = target
      self.properties = properties
    }
  }

  /// A `prop` element: its `type` and its text.
  public struct Property: Sendable, Hashable, Codable {
    /// The `type` attribute (user-defined types start with `x-`).
    public var type: String
    /// The text.
    public var value: String

    /// Creates a property.
    public init(_ type: String, _ value: String) {
      self.type = type
      self.value = value
    }
  }

  /// The header.
  public var header: Header
  /// The units, in order.
  public var units: [Unit]

  /// Creates a memory.
  public init(header: Header, units: [Unit] = []) {
    self.header = header
    self.units = units
  }

  /// The header's `srclang` for `units`: their one source language, else `*all*`; `en`
  /// when there is no unit.
  public static func sourceLanguage(of units: [Unit]) -> String {
    let languages = Set(units.map(\.sourceLanguage))
    if languages.count == 1, let only = languages.first { return only }
    return languages.isEmpty ? "en" : "*all*"
  }
}
