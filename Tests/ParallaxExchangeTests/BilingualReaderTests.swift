import Foundation
import ParallaxCore
import Testing

@testable import ParallaxExchange

@Suite("Bilingual files: XLIFF 1.2, XLIFF 2.0, TMX")
struct BilingualReaderTests {
  static func fixture(_ name: String) -> String {
    Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)?.path ?? name
  }

  @Test("XLIFF 1.2: languages, groups, inline codes dropped, missing target kept as nil")
  func xliff12() throws {
    let document = try BilingualReader.read(path: Self.fixture("story.xlf"))
    #expect(document.format == .xliff12)
    #expect(document.sourceLanguage == "fr-FR")
    #expect(document.targetLanguage == "en-US")
    #expect(document.segments.map(\.id) == ["t1", "t2", "t3"])
    #expect(document.segments[0].source == "Au moins 22 soldats turcs ont été tués.")
    #expect(document.segments[0].target == "At least 22 soldiers were killed.")
    #expect(document.segments[1].source == "Le bilan est de 33 morts")
    #expect(document.segments[1].target == "The toll is 33 dead")
    #expect(document.segments[2].target == nil)
    #expect(document.segments[0].location.line == 6)
    #expect(document.segments[0].location.column == 9)
    #expect(document.segments[1].location.description.hasSuffix("story.xlf:11:7"))
  }

  @Test("XLIFF 2.0: srcLang/trgLang, segments of a unit, pc kept, ph dropped, cp read")
  func xliff20() throws {
    let document = try BilingualReader.read(path: Self.fixture("story2.xlf"))
    #expect(document.format == .xliff20)
    #expect(document.sourceLanguage == "de")
    #expect(document.targetLanguage == "fr")
    #expect(document.segments.map(\.id) == ["u1/s1", "u1/s2"])
    #expect(document.segments[0].target == "Au moins 22 soldats ont été tués.")
    #expect(document.segments[1].source == "Kosten\u{A0}: 2,5 Milliarden Euro.")
    #expect(document.segments[1].target == nil)
  }

  @Test("TMX 1.4b in UTF-16 with mixed-case tags; bpt/ept/ph/it never leak into the text")
  func tmxUTF16() throws {
    let document = try BilingualReader.read(path: Self.fixture("memory-utf16.tmx"))
    #expect(document.format == .tmx)
    #expect(document.sourceLanguage == "en-US")
    #expect(document.targetLanguage == "tr-TR")
    #expect(document.segments.count == 3)
    #expect(document.segments[0].source == "At least 22 soldiers were killed.")
    #expect(document.segments[0].target == "En az 22 asker öldü.")
    #expect(document.segments[1].source == "Costs: €2.5 billion.")
    #expect(document.segments[1].target == "Maliyet: 2,5 milyar avro.")
    #expect(document.segments[2].target == nil)
    for segment in document.segments {
      #expect(!segment.source.contains("<") && !(segment.target ?? "").contains("{0}"))
    }
    #expect(document.segments[0].location.line == 5)
  }

  @Test("TMX without srclang: a located warning, the first variant taken as source")
  func tmxWithoutSource() throws {
    let document = try BilingualReader.read(path: Self.fixture("nosrclang.tmx"))
    #expect(document.sourceLanguage == "ru")
    #expect(document.targetLanguage == "ar")
    #expect(document.segments.first?.target == "قُتل ٢٢ عسكرياً.")
    let warning = try #require(document.diagnostics.first)
    #expect(warning.severity == .warning)
    #expect(warning.description.contains("nosrclang.tmx:3:3: warning: TMX header without srclang"))
  }

  @Test("Ill-formed XLIFF: a located error, the units before it still read")
  func broken() throws {
    let document = try BilingualReader.read(path: Self.fixture("broken.xlf"))
    #expect(document.segments.first?.target == "Hello")
    let error = try #require(document.diagnostics.first { $0.severity == .error })
    #expect(error.location.line == 6)
    #expect(error.location.column != nil)
  }

  @Test("Neither XLIFF nor TMX, or no file: a clear error")
  func notBilingual() {
    #expect(throws: ExchangeError.self) {
      try BilingualReader.read(path: Self.fixture("notbilingual.xml"))
    }
    do {
      _ = try BilingualReader.read(path: Self.fixture("notbilingual.xml"))
    } catch {
      #expect(error.description.contains("notbilingual.xml:2:1: error: root element <rss>"))
    }
    #expect(throws: ExchangeError.self) { try BilingualReader.read(path: "/nonexistent.xlf") }
    #expect(throws: ExchangeError.self) {
      try BilingualReader.parse(Array("not xml at all".utf8), path: "x.xlf")
    }
  }

  @Test("Bilingual files are told apart by extension or root element")
  func detection() {
    #expect(BilingualReader.isBilingual(path: "a.XLF"))
    #expect(BilingualReader.isBilingual(path: "memory.tmx"))
    #expect(!BilingualReader.isBilingual(path: Self.fixture("notbilingual.xml")))
    #expect(!BilingualReader.isBilingual(path: "report.txt"))
  }
}
