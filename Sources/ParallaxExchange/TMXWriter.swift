import ParallaxXML

/// Writes a `TranslationMemory` as TMX 1.4b: the XML declaration, `tmx version="1.4"`, the
/// header with its required attributes, and one `tu` per unit with a `tuv` per language.
///
/// Segments are plain text, escaped through `XMLEscaping`: a segment holding `<b>` or
/// `&` writes it as text, so no markup ever enters a `seg`; characters XML forbids are
/// dropped. The output depends only on the memory (no clock): the same memory writes the
/// same bytes.
public enum TMXWriter {
  /// The TMX document, UTF-8, ending with a line break.
  public static func write(_ memory: TranslationMemory) -> String {
    var out = ""
    out.reserveCapacity(256 + memory.units.count * 400)
    let header = memory.header
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<tmx version=\"1.4\">\n"
    out += "  <header creationtool=\"\(XMLEscaping.attribute(header.creationTool))\""
    out += " creationtoolversion=\"\(XMLEscaping.attribute(header.creationToolVersion))\""
    out += " segtype=\"\(XMLEscaping.attribute(header.segmentType))\""
    out += " o-tmf=\"\(XMLEscaping.attribute(header.originalFormat))\""
    out += " adminlang=\"\(XMLEscaping.attribute(header.adminLanguage))\""
    out += " srclang=\"\(XMLEscaping.attribute(header.sourceLanguage))\""
    out += " datatype=\"\(XMLEscaping.attribute(header.dataType))\"/>\n"
    out += "  <body>\n"
    for unit in memory.units { write(unit, header: header, into: &out) }
    out += "  </body>\n</tmx>\n"
    return out
  }

  private static func write(
    _ unit: TranslationMemory.Unit, header: TranslationMemory.Header, into out: inout String
  ) {
    out += "    <tu"
    if let id = unit.id { out += " tuid=\"\(XMLEscaping.attribute(id))\"" }
    if unit.sourceLanguage != header.sourceLanguage {
      out += " srclang=\"\(XMLEscaping.attribute(unit.sourceLanguage))\""
    }
    out += ">\n"
    for property in unit.properties {
      out += "      <prop type=\"\(XMLEscaping.attribute(property.type))\">"
      out += XMLEscaping.text(property.value) + "</prop>\n"
    }
    for (language, text) in [
      (unit.sourceLanguage, unit.source), (unit.targetLanguage, unit.target),
    ] {
      out += "      <tuv xml:lang=\"\(XMLEscaping.attribute(language))\"><seg>"
      out += XMLEscaping.text(text) + "</seg></tuv>\n"
    }
    out += "    </tu>\n"
  }
}
