import Foundation
import ParallaxCheck
import ParallaxCompare
import ParallaxCorpus
import ParallaxExchange
import Testing

@Suite("Bad input: clear findings, never a crash")
struct BadInputTests {
  static let xliff = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff version="1.2"><file source-language="fr" target-language="en"><body>
    <trans-unit id="a"><source>Au moins 22 soldats turcs ont été tués jeudi dans la province d'Idleb.</source>
    <target>At least 22 Turkish soldiers were killed on Thursday in Idlib province.</target></trans-unit>
    <trans-unit id="b"><source>Le président a réuni un conseil de sécurité à Ankara.</source></trans-unit>
    <trans-unit id="c"><source>Le bilan a été communiqué dans la soirée.</source><target/></trans-unit>
    </body></file></xliff>
    """

  @Test("XLIFF with a missing and an empty target: an error finding for each")
  func missingTarget() throws {
    let document = try BilingualReader.parse(Array(Self.xliff.utf8), path: "bad.xlf")
    let sides = CheckSide.sides(of: document, extractor: CheckTestSupport.extractor)
    let result = CheckTestSupport.checker.check(
      source: sides.source, target: sides.target, pairs: sides.pairs)
    let empty = result.findings.filter { $0.kind == .emptyTarget }
    #expect(empty.count == 2)
    #expect(empty.allSatisfy { $0.severity == .error })
    #expect(empty.compactMap(\.source?.segment) == ["b", "c"])
    #expect(empty.map { $0.message.hasSuffix("missing") } == [true, false])
  }

  static func report(_ texts: [String], language: String, id: String) -> Report {
    var report = Report(
      id: id, path: id, format: .text,
      language: LanguageInfo(code: language, origin: .declared, confidence: 1))
    report.paragraphs = texts.enumerated().map {
      Paragraph(index: $0.offset, kind: .body, text: $0.element)
    }
    return report
  }

  static let french = [
    "Au moins 22 militaires turcs ont péri jeudi dans des frappes aériennes menées par les forces du régime syrien dans la province d'Idleb.",
    "Le président Recep Tayyip Erdogan a réuni en urgence un conseil de sécurité à Ankara, a fait savoir la présidence.",
  ]

  func check(_ source: Report, _ target: Report) -> CheckResult {
    let pairs = (0..<max(source.paragraphs.count, target.paragraphs.count)).map {
      ParagraphPair(
        left: $0 < source.paragraphs.count ? [$0] : [],
        right: $0 < target.paragraphs.count ? [$0] : [], score: 1)
    }
    return CheckTestSupport.checker.check(
      source: CheckTestSupport.side(source), target: CheckTestSupport.side(target), pairs: pairs)
  }

  @Test("Two identical files: one error, the translation is identical")
  func identical() {
    let result = check(
      Self.report(Self.french, language: "fr", id: "a.txt"),
      Self.report(Self.french, language: "fr", id: "b.txt"))
    #expect(result.findings.map(\.kind) == [.identical])
    #expect(result.findings.first?.severity == .error)
  }

  @Test("A translation in the source's language: one wrong-language error")
  func wrongLanguage() {
    let other = [
      "Vingt-deux soldats turcs au moins sont morts jeudi lors de bombardements du régime syrien sur la province d'Idleb.",
      "Recep Tayyip Erdogan a convoqué d'urgence un conseil de sécurité à Ankara, selon la présidence turque.",
    ]
    let result = check(
      Self.report(Self.french, language: "fr", id: "a.txt"),
      Self.report(other, language: "fr", id: "b.txt"))
    #expect(result.findings.map(\.kind) == [.wrongLanguage])
  }

  @Test("An empty side: one error naming it")
  func emptySide() {
    let result = check(
      Self.report(Self.french, language: "fr", id: "a.txt"),
      Self.report([], language: "en", id: "empty.txt"))
    #expect(result.findings.map(\.kind) == [.emptyDocument])
    #expect(result.findings.first?.message.contains("empty.txt") == true)
  }

  @Test("Number formats: 2,5 in English a warning, 1.000 in French an error")
  func numberFormats() {
    let en = check(
      Self.report(["Le projet coûte 2,5 milliards d'euros."], language: "fr", id: "fr.txt"),
      Self.report(["The project costs €2,5 billion."], language: "en", id: "en.txt"))
    #expect(en.findings.contains { $0.kind == .numberFormat && $0.severity == .warning })
    let fr = check(
      Self.report(["Das Unternehmen beschäftigt 1.000 Mitarbeiter."], language: "de", id: "de.txt"),
      Self.report(["L'entreprise emploie 1.000 salariés."], language: "fr", id: "fr.txt"))
    #expect(fr.findings.contains { $0.kind == .numberFormat && $0.severity == .error })
    let good = check(
      Self.report(["Das Unternehmen beschäftigt 1.000 Mitarbeiter."], language: "de", id: "de.txt"),
      Self.report(["The company employs 1,000 people."], language: "en", id: "en.txt"))
    #expect(!good.findings.contains { $0.severity == .error })
  }

  @Test("A changed URL is an error, a changed e-mail too")
  func links() {
    let result = check(
      Self.report(
        ["Contact : presse@quotidien.example, https://quotidien.example/a"], language: "fr",
        id: "fr.txt"),
      Self.report(
        ["Contact: press@quotidien.example, https://quotidien.example/b"], language: "en",
        id: "en.txt"))
    #expect(result.findings.filter { $0.kind == .linkChanged && $0.severity == .error }.count == 2)
  }
}

@Suite("Quotations kept in the original language")
struct QuotationTests {
  @Test("An English quotation of a French report kept as is in the English translation")
  func quotation() {
    let quote =
      "We will respond with all the force necessary to protect our soldiers and our border."
    var source = BadInputTests.report(
      [BadInputTests.french[0], quote], language: "fr", id: "fr.txt")
    source.paragraphs[1].index = 1
    let target = BadInputTests.report(
      [
        "At least 22 Turkish soldiers were killed on Thursday in air strikes by Syrian government forces in Idlib province.",
        quote,
      ], language: "en", id: "en.txt")
    let result = BadInputTests().check(source, target)
    #expect(
      !result.findings.contains { $0.severity == .error }, "\(result.findings.map(\.message))")
  }
}
