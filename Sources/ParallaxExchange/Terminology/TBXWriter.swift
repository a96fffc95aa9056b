import Foundation
import ParallaxCore

/// Writes a termbase as TBX v2 (`martif`, TBX-Default data categories of ISO 30042:2008) or
/// TBX v3 (ISO 30042:2019, the TBX-Basic dialect in DCA style).
///
/// Both hold every concept with its id, subject field and note, and every term with its
/// administrative status (`preferredTerm-admn-sts`, `admittedTerm-admn-sts`,
/// `deprecatedTerm-admn-sts` for a forbidden term) and note. TBX v3 requires at least one
/// concept entry (`body` holds one or more), so an empty termbase is refused.
enum TBXWriter {
  /// The namespace of ISO 30042:2019 (the second edition) for core elements.
  static let namespace3 = "urn:iso:std:iso:30042:ed-2"

  /// The TBX text of `termbase` and how many characters XML could not hold; `language` is
  /// the document's default language (`xml:lang` of the root), `source` names where the data
  /// came from.
  static func write(
    _ termbase: Termbase, version: Int, language: String, source: String
  ) throws(GlossaryFormatError) -> (text: String, dropped: Int) {
    var termbase = termbase
    termbase.concepts = termbase.concepts.filter { concept in
      concept.languages.contains { !$0.terms.isEmpty }
    }
    guard version == 2 || !termbase.concepts.isEmpty else { throw .nothingToWrite(.tbx3) }
    var xml = XMLWriter()
    let ids = ConceptIDs(termbase)
    if version == 2 {
      xml.start("martif", [("type", "TBX"), ("xml:lang", language)])
      xml.start("martifHeader")
    } else {
      xml.start(
        "tbx",
        [("type", "TBX-Basic"), ("style", "dca"), ("xml:lang", language), ("xmlns", namespace3)])
      xml.start("tbxHeader")
    }
    xml.start("fileDesc")
    xml.start("sourceDesc")
    xml.element("p", text: source)
    xml.end()
    xml.end()
    xml.end()
    xml.start("text")
    xml.start("body")
    for (index, concept) in termbase.concepts.enumerated() {
      xml.start(version == 2 ? "termEntry" : "conceptEntry", [("id", ids.ids[index])])
      if let field = concept.subjectField, !field.isEmpty {
        xml.element("descrip", [("type", "subjectField")], text: field)
      }
      if let note = concept.note, !note.isEmpty { xml.element("note", text: note) }
      for section in concept.languages where !section.terms.isEmpty {
        let tag = LanguageTag.normalize(section.language) ?? section.language
        xml.start(version == 2 ? "langSet" : "langSec", [("xml:lang", tag)])
        for term in section.terms {
          xml.start(version == 2 ? "tig" : "termSec")
          xml.element("term", text: term.text)
          if let status = term.status {
            xml.element("termNote", [("type", "administrativeStatus")], text: status.tbxValue)
          }
          if let note = term.note, !note.isEmpty { xml.element("note", text: note) }
          xml.end()
        }
        xml.end()
      }
      xml.end()
    }
    xml.end()
    xml.end()
    xml.end()
    return (xml.output, xml.dropped)
  }
}

/// Concept ids that are valid XML IDs (NCName) and unique in the document: the concept's own
/// id when it is one, else a name made from it (`c-` before a leading digit, `_` for a
/// character a name cannot hold), else `c1`, `c2`…
struct ConceptIDs {
  /// The id of each concept, by position.
  let ids: [String]

  init(_ termbase: Termbase) {
    var used: Set<String> = []
    var ids: [String] = []
    for (index, concept) in termbase.concepts.enumerated() {
      var base = concept.id.map(Self.ncName) ?? "c\(index + 1)"
      if base.isEmpty { base = "c\(index + 1)" }
      var id = base
      var suffix = 2
      while !used.insert(id).inserted {
        id = "\(base)-\(suffix)"
        suffix += 1
      }
      ids.append(id)
    }
    self.ids = ids
  }

  /// `value` made an NCName.
  static func ncName(_ value: String) -> String {
    var out = ""
    for scalar in value.unicodeScalars {
      let isStart = scalar == "_" || scalar.properties.isAlphabetic
      let isName =
        isStart || scalar == "-" || scalar == "." || scalar.properties.numericType != nil
        || scalar.properties.generalCategory == .nonspacingMark
      if out.isEmpty {
        if isStart {
          out.unicodeScalars.append(scalar)
        } else if isName {
          out += "c-"
          out.unicodeScalars.append(scalar)
        } else {
          out += "_"
        }
      } else {
        if isName { out.unicodeScalars.append(scalar) } else { out += "_" }
      }
    }
    return out
  }
}
