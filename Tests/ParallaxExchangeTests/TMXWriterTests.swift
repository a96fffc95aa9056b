import Foundation
import ParallaxCore
import Testing

@testable import ParallaxExchange

@Suite("TMX 1.4b: writing a translation memory and reading it back")
struct TMXWriterTests {
  /// Segments that would be markup, entities or invalid XML if written as they are.
  static let hostile = [
    "<seg>Au moins 22</seg> & <bpt i=\"1\">&lt;b&gt;</bpt> soldats ]]> tués",
    "Cote \"double\" et 'simple' <!-- pas un commentaire --> <![CDATA[x]]>",
    "Contrôle\u{0} \u{1}\u{8}\u{B}\u{C}\u{1F} et \u{FFFE}\u{FFFF} retirés",
    "<?xml version=\"1.0\"?><tmx><body><tu/></body></tmx>",
  ]

  static func memory() -> TranslationMemory {
    let units = hostile.enumerated().map { index, text in
      TranslationMemory.Unit(
        sourceLanguage: "fr", source: text, targetLanguage: "en", target: "EN " + text,
        properties: [
          TranslationMemory.Property("x-parallax-score", "0.9\(index)"),
          TranslationMemory.Property("x-parallax-source-outlet", "L'Écho <\"&\">"),
        ])
    }
    return TranslationMemory(
      header: TranslationMemory.Header(sourceLanguage: "fr", segmentType: "paragraph"),
      units: units)
  }

  @Test("The header has every attribute TMX 1.4b requires, srclang included")
  func header() throws {
    let text = TMXWriter.write(Self.memory())
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"))
    let header = try #require(text.split(separator: "\n").first { $0.contains("<header") })
    for attribute in [
      "creationtool=\"Parallax\"", "creationtoolversion=", "segtype=\"paragraph\"",
      "o-tmf=", "adminlang=\"en\"", "srclang=\"fr\"", "datatype=\"plaintext\"",
    ] {
      #expect(header.contains(attribute), "header lacks \(attribute)")
    }
    #expect(TranslationMemory.sourceLanguage(of: []) == "en")
    let mixed = [
      TranslationMemory.Unit(sourceLanguage: "fr", source: "a", targetLanguage: "en", target: "b"),
      TranslationMemory.Unit(sourceLanguage: "de", source: "c", targetLanguage: "en", target: "d"),
    ]
    #expect(TranslationMemory.sourceLanguage(of: mixed) == "*all*")
    let all = TMXWriter.write(
      TranslationMemory(
        header: TranslationMemory.Header(sourceLanguage: "*all*", segmentType: "sentence"),
        units: mixed))
    #expect(all.contains("srclang=\"*all*\""))
    #expect(all.contains("<tu srclang=\"fr\">") && all.contains("<tu srclang=\"de\">"))
  }

  @Test("Hostile segments stay text: no element inside seg, read back exactly")
  func hostileInput() throws {
    let text = TMXWriter.write(Self.memory())
    let document = try BilingualReader.parseMemory(Array(text.utf8), path: "hostile.tmx")
    #expect(document.diagnostics.isEmpty, "\(document.diagnostics)")
    #expect(document.segments.count == Self.hostile.count)
    let clean = { (value: String) in
      String(
        String.UnicodeScalarView(
          value.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0xFFFE })
      )
      .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
    for (segment, original) in zip(document.segments, Self.hostile) {
      #expect(segment.source == clean(original))
      #expect(segment.target == clean("EN " + original))
      #expect(segment.sourceLanguage == "fr" && segment.targetLanguage == "en")
    }
    // Between <seg> and </seg> no other tag: every '<' of the text is escaped.
    for line in text.split(separator: "\n") where line.contains("<seg>") {
      let inner = try #require(
        line.components(separatedBy: "<seg>").last?
          .components(separatedBy: "</seg>").first)
      #expect(!inner.contains("<") && !inner.contains("]]>"), "markup leaked: \(line)")
    }
    #expect(!text.unicodeScalars.contains { $0.value < 0x9 || $0.value == 0xFFFE })
  }

  @Test("The same memory writes the same bytes")
  func deterministic() {
    #expect(TMXWriter.write(Self.memory()) == TMXWriter.write(Self.memory()))
  }

  @Test("UTF-16 with a byte-order mark, mixed-case tags: each unit keeps its own pair")
  func utf16MixedCase() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-16"?>
      <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
      o-tmf="x" adminlang="en" srclang="FR-fr" datatype="plaintext"/><body>
      <tu><tuv xml:lang="fr-FR"><seg>Les soldats</seg></tuv><tuv xml:lang="En-uS"><seg>The soldiers</seg></tuv></tu>
      <tu><tuv xml:lang="fr-fr"><seg>Le bilan</seg></tuv><tuv xml:lang="DE"><seg>Die Bilanz</seg></tuv></tu>
      </body></tmx>
      """
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let document = try BilingualReader.parseMemory(bytes, path: "memory16.tmx")
    #expect(document.sourceLanguage == "fr-FR")
    #expect(document.segments.map(\.source) == ["Les soldats", "Le bilan"])
    #expect(document.segments.map(\.target) == ["The soldiers", "Die Bilanz"])
    #expect(document.segments.map(\.targetLanguage) == ["en-US", "de"])
    // As a bilingual file (the checker's reading) the second unit has no English target.
    let bilingual = try BilingualReader.parse(bytes, path: "memory16.tmx")
    #expect(bilingual.segments[1].target == nil)
  }

  @Test("A memory without srclang: a located error, nothing imported")
  func missingSourceLanguage() {
    let text = """
      <?xml version="1.0"?>
      <tmx version="1.4">
        <header creationtool="t" segtype="sentence" adminlang="en" datatype="plaintext"/>
        <body><tu><tuv xml:lang="fr"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu></body>
      </tmx>
      """
    #expect(throws: ExchangeError.self) {
      try BilingualReader.parseMemory(Array(text.utf8), path: "nosrc.tmx")
    }
    do {
      _ = try BilingualReader.parseMemory(Array(text.utf8), path: "nosrc.tmx")
    } catch {
      #expect(error.description.hasPrefix("nosrc.tmx:3:3: error: TMX header without srclang"))
    }
    #expect(throws: ExchangeError.self) {
      try BilingualReader.parseMemory(Array("<xliff version=\"1.2\"/>".utf8), path: "x.tmx")
    }
  }
}
