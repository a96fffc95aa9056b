import Foundation
import ParallaxGlossary
import ParallaxXML
import Testing

@testable import ParallaxExchange

/// Our TBX v3 against the required structure of TBX-Basic, element by element. Each
/// assertion names what it checks:
/// - ISO 30042:2019, Annex A (elements and attributes) and Annex C (the core structure's
///   RELAX NG schema, `TBXcoreStructV03.rng`, whose `define`s are named below);
/// - the TBX-Basic dialect (LTAC/TBX-Basic, DCA schematron `TBX-Basic_DCA.sch`, patterns
///   `dialectEnforcement`, `coreEnforecement` [sic], `module.min.termNote`,
///   `module.min.descrip`).
@Suite("TBX v3: TBX-Basic required structure")
struct TBXBasicStructureTests {
  static let namespace = "urn:iso:std:iso:30042:ed-2"

  func exported() throws -> MarkupElement {
    let glossary = try GlossarySample.glossary()
    let text = try GlossaryFormats.write(Termbase(glossary: glossary), format: .tbx3).text
    let document = MarkupDocument(xml: Array(text.utf8))
    #expect(document.wellFormed, "XML 1.0 well-formedness: \(document.problems)")
    return try #require(document.root)
  }

  @Test("the root: <tbx type=\"TBX-Basic\" style=\"dca\" xml:lang> in the ISO 30042:2019 namespace")
  func root() throws {
    let root = try exported()
    #expect(root.name == "tbx", "Annex C schema, define tbx (start): the root element is <tbx>")
    #expect(
      root.namespace == Self.namespace,
      "namespace of ISO 30042:2019 (second edition) core elements: urn:iso:std:iso:30042:ed-2")
    #expect(
      root[attribute: "type"] == "TBX-Basic",
      "tbx.localattributes: type is required (TBX-.+); TBX-Basic dialectEnforcement: 'TBX-Basic'")
    #expect(
      root[attribute: "style"] == "dca",
      "tbx.localattributes: style is required, dca or dct; dialectEnforcement: 'dca'")
    #expect(
      root[attribute: "xml:lang"] == "en-GB",
      "tbx.localattributes: xml:lang is required on <tbx>")
    #expect(
      root.elements.map(\.name) == ["tbxHeader", "text"],
      "tbx.content: tbxHeader then text, nothing else")
  }

  @Test("the header: tbxHeader › fileDesc › sourceDesc › p")
  func header() throws {
    let header = try #require(try exported().first("tbxHeader"))
    #expect(
      header.elements.first?.name == "fileDesc", "tbxHeader.content: fileDesc is required, first")
    let fileDesc = try #require(header.first("fileDesc"))
    let sources = fileDesc.elements("sourceDesc")
    #expect(sources.count >= 1, "fileDesc.content: one or more sourceDesc")
    #expect(
      fileDesc.elements.allSatisfy {
        ["titleStmt", "publicationStmt", "sourceDesc"].contains($0.name)
      },
      "fileDesc.content: only titleStmt?, publicationStmt?, sourceDesc+")
    for source in sources {
      #expect(
        !source.elements("p").isEmpty && source.elements.allSatisfy { $0.name == "p" },
        "sourceDesc.content: one or more p")
    }
  }

  @Test("the body: text › body › conceptEntry+ with unique ids")
  func body() throws {
    let text = try #require(try exported().first("text"))
    #expect(text.elements.first?.name == "body", "text.content: body first (back optional)")
    let body = try #require(text.first("body"))
    let entries = body.elements
    #expect(!entries.isEmpty, "body.content: one or more conceptEntry")
    #expect(entries.allSatisfy { $0.name == "conceptEntry" }, "body.content: only conceptEntry")
    let ids = entries.compactMap { $0[attribute: "id"] }
    #expect(ids == ["idlib", "sohr", "government", "symbols"])
    #expect(Set(ids).count == ids.count, "id.attribute.id: data type ID, unique in the document")
    #expect(
      ids.allSatisfy { $0.first?.isLetter == true || $0.first == "_" },
      "id.attribute.id: an ID is an NCName")
  }

  @Test("each conceptEntry: auxInfo (subjectField, note) then langSec+ with xml:lang")
  func conceptEntries() throws {
    let body = try #require(try exported().path("text", "body"))
    for entry in body.elements {
      let names = entry.elements.map(\.name)
      let firstSection = try #require(names.firstIndex(of: "langSec"))
      #expect(
        names[firstSection...].allSatisfy { $0 == "langSec" },
        "conceptEntry.content: entity.auxInfo first, then one or more langSec")
      #expect(
        names[..<firstSection].allSatisfy { ["descrip", "note"].contains($0) },
        "entity.auxInfo before the langSecs: descrip, note")
      for descrip in entry.elements("descrip") {
        #expect(
          descrip[attribute: "type"] == "subjectField",
          "module.min.descrip: subjectField only at the conceptEntry level")
      }
      for section in entry.elements("langSec") {
        #expect(
          section[attribute: "xml:lang"].map { !$0.isEmpty } == true,
          "langSec.localattributes: xml:lang is required on langSec")
        #expect(
          !section.elements.isEmpty && section.elements.allSatisfy { $0.name == "termSec" },
          "langSec.content: one or more termSec")
      }
    }
  }

  @Test("each termSec: term first, then termNote administrativeStatus from the TBX-Basic picklist")
  func termSections() throws {
    let allowed: Set<String> = [
      "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
      "supersededTerm-admn-sts",
    ]
    var statuses: [String] = []
    var notesOutsideTermSec = 0
    try exported().forEach { element in
      if element.name == "termSec" {
        #expect(element.elements.first?.name == "term", "termSec.content: term comes first")
        #expect(element.elements("term").count == 1, "termSec.content: exactly one term")
        #expect(element.first("term")?.trimmedText != nil, "term.content: the term's text")
        for note in element.elements("termNote") {
          #expect(note[attribute: "type"] == "administrativeStatus")
          let value = note.trimmedText ?? ""
          #expect(
            allowed.contains(value),
            "module.min.termNote: administrativeStatus is one of the four TBX-Basic values")
          statuses.append(value)
        }
      }
      for child in element.elements where child.name == "termNote" && element.name != "termSec" {
        _ = child
        notesOutsideTermSec += 1
      }
    }
    #expect(notesOutsideTermSec == 0, "coreEnforecement: termNote only at the termSec level")
    #expect(statuses.filter { $0 == "deprecatedTerm-admn-sts" }.count == 2)
    #expect(statuses.contains("preferredTerm-admn-sts"))
    #expect(statuses.contains("admittedTerm-admn-sts"))
  }

  @Test("an empty glossary is refused: body needs one conceptEntry")
  func emptyIsRefused() {
    #expect(throws: GlossaryFormatError.nothingToWrite(.tbx3)) {
      try GlossaryFormats.write(Termbase(), format: .tbx3)
    }
  }
}
