import Foundation
import Testing

@testable import ParallaxCorpus

@Suite struct LanguageConfidenceTests {
  /// The first `length` characters of `text`, cut at a space.
  static func prefix(_ text: String, _ length: Int) -> String {
    guard text.count > length else { return text }
    let cut = text.prefix(length)
    if let space = cut.lastIndex(of: " "), text.unicodeScalars.contains(" ") {
      return String(cut[..<space])
    }
    return String(cut)
  }

  @Test func confidenceIsMeaningfulOnShortSnippets() throws {
    var answered = 0
    var right = 0
    var sure = 0
    var sureRight = 0
    var snippets = 0
    var wrongSure: [String] = []
    for (code, text) in try LanguageIdentificationTests.paragraphs() {
      for length in [30, 50, 80] {
        let snippet = Self.prefix(text, length)
        snippets += 1
        guard let found = LanguageIdentifier.shared.identify(snippet) else { continue }
        answered += 1
        if found.code == code { right += 1 }
        if found.confidence >= LanguageResolver.overruleConfidence {
          sure += 1
          if found.code == code {
            sureRight += 1
          } else {
            wrongSure.append("\(code)→\(found.code) \(found.confidence): \(snippet)")
          }
        }
      }
    }
    let accuracy = Double(right) / Double(max(1, answered))
    let sureAccuracy = Double(sureRight) / Double(max(1, sure))
    print(
      "language identification on snippets of 30/50/80 characters: \(answered)/\(snippets) "
        + "answered, \(right) right (\(String(format: "%.1f", accuracy * 100)) %); "
        + "confidence ≥ \(LanguageResolver.overruleConfidence): \(sure), \(sureRight) right "
        + "(\(String(format: "%.1f", sureAccuracy * 100)) %)")
    for line in wrongSure { print("  sure but wrong: \(line)") }
    #expect(accuracy >= 0.9)
    #expect(sureAccuracy >= 0.99)
  }

  @Test(arguments: ["Bonjour à tous", "OK", "22 morts, 33 blessés", "", "— 2020-02-27 —"])
  func tooLittleTextGivesNoAnswer(text: String) {
    #expect(LanguageIdentifier.shared.identify(text) == nil)
  }

  @Test(arguments: [
    ("İSTANBUL'DA DÜZENLENEN TOPLANTIDA İKİ ÜLKENİN DIŞİŞLERİ BAKANLARI BİR ARAYA GELDİ", "tr"),
    ("Irak sınırındaki çatışmalarda ölenlerin sayısı 33'e yükseldi", "tr"),
    ("Le président turc Recep Tayyip Erdoğan s'est entretenu avec son homologue russe", "fr"),
    ("Vladimir Putin and Recep Tayyip Erdoğan spoke by phone on Friday about Idlib", "en"),
    ("قال المرصد السوري لحقوق الإنسان إن 33 جنديا تركيا قتلوا في غارة على إدلب", "ar"),
    ("سخنگوی وزارت امور خارجه گفت که گفت‌وگوها ادامه خواهد یافت", "fa"),
    ("Министр иностранных дел заявил, что переговоры продолжатся", "ru"),
    ("Міністр закордонних справ заявив, що переговори триватимуть", "uk"),
    ("外交部发言人表示，双方将继续保持沟通。", "zh"),
    ("外務省の報道官は、両国が対話を続けると述べた。", "ja"),
  ])
  func identifiesOneSentence(text: String, code: String) {
    #expect(LanguageIdentifier.shared.identify(text)?.code == code)
  }

  /// Languages outside the model fit their nearest profile poorly: no confident answer.
  @Test(arguments: [
    "Rząd ogłosił we wtorek wieczorem pakiet środków wsparcia dla rolników dotkniętych suszą, "
      + "która od początku wiosny obejmuje dużą część południa kraju.",
    "Vláda v úterý večer oznámila balíček opatření na podporu zemědělců, které zasáhlo sucho, "
      + "jež od začátku jara postihuje velkou část jihu země.",
  ])
  func aLanguageOutsideTheModelIsNotConfident(text: String) {
    #expect((LanguageIdentifier.shared.identify(text)?.confidence ?? 0) < 0.5)
  }

  @Test(arguments: [
    "Η κυβέρνηση ανακοίνωσε την Τρίτη ένα πακέτο μέτρων για τους αγρότες που επλήγησαν",
    "정부는 화요일 저녁 가뭄 피해 농민을 지원하기 위한 대책을 발표했다고 밝혔다",
  ])
  func aScriptWithoutProfilesGivesNoAnswer(text: String) {
    #expect(LanguageIdentifier.shared.identify(text) == nil)
  }

  @Test func textInTwoScriptsIsNotConfident() {
    let mixed =
      "Le ministre a déclaré : « قال الوزير إن المفاوضات ستستمر خلال الأيام المقبلة » "
      + "avant de quitter la salle."
    #expect((LanguageIdentifier.shared.identify(mixed)?.confidence ?? 0) < 0.9)
  }

  @Test func aForeignQuoteDoesNotChangeTheLanguage() {
    let text =
      "Le porte-parole a répété devant la presse que « the situation remains very serious », "
      + "avant d'annoncer que les discussions reprendraient dès lundi à Genève avec les "
      + "représentants des deux pays."
    #expect(LanguageIdentifier.shared.identify(text)?.code == "fr")
  }

  @Test func linksHandlesAndHashtagsAreNotProse() throws {
    let links =
      "https://www.example.com/news/2020/02/27/idlib-raids-twenty-two-dead-latest-update "
      + "www.example.org/breaking-news #BreakingNews @NewsDesk"
    #expect(LanguageIdentifier.shared.identify(links) == nil)
    let text =
      "Lire aussi : https://www.example.com/news/world/idlib-latest-update-from-the-front "
      + "Des raids aériens ont fait au moins 22 morts jeudi, selon l'OSDH (@OSDH_news, #Idlib)."
    let found = try #require(LanguageIdentifier.shared.identify(text))
    #expect(found.code == "fr")
    #expect(found.confidence >= 0.9)
  }

  @Test func rankedGivesEveryCandidateOfTheScript() throws {
    let ranked = LanguageIdentifier.shared.ranked(
      "Die Regierung hat am Dienstag neue Maßnahmen für die Landwirtschaft angekündigt.")
    #expect(ranked.first?.code == "de")
    #expect(ranked.count == 8)
    let total = ranked.reduce(0) { $0 + $1.confidence }
    #expect(total <= 1.000_001)
    #expect(ranked.map(\.confidence) == ranked.map(\.confidence).sorted(by: >))
  }

  @Test func aDeclarationTheTextContradictsIsReplacedWithAWarning() throws {
    let path = try TestInput.file(
      """
      lang en

      Des raids aériens ont fait au moins 22 morts jeudi dans la province d'Idleb, selon \
      l'Observatoire syrien des droits de l'homme, qui dispose d'un vaste réseau de sources \
      dans le pays.

      Les autorités turques ont annoncé une riposte contre les positions du régime.
      """)
    let result = ReportLoader().load([path])
    let report = try #require(result.reports.first)
    #expect(report.language?.code == "fr")
    #expect(report.language?.declared == "en")
    #expect(report.language?.origin == .identified)
    let warning = try #require(result.diagnostics.first { $0.severity == .warning })
    #expect(warning.message.contains("'en'"))
    #expect(warning.message.contains("'fr'"))
  }

  @Test func aDeclarationTheTextConfirmsStays() throws {
    let path = try TestInput.file(
      "lang fr\n\nDes raids aériens ont fait au moins 22 morts jeudi dans la province d'Idleb, "
        + "selon l'Observatoire syrien des droits de l'homme.\n")
    let result = ReportLoader().load([path])
    #expect(result.reports.first?.language?.origin == .declared)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func aDeclaredLanguageWithoutAProfileIsKept() throws {
    let path = try TestInput.file(
      "lang ca\n\nEl Govern va anunciar dimarts al vespre un paquet de mesures per donar suport "
        + "als pagesos afectats per la sequera, que afecta bona part del sud del país.\n")
    let result = ReportLoader().load([path])
    #expect(result.reports.first?.language?.code == "ca")
    #expect(result.diagnostics.isEmpty)
  }

  @Test func aShortTextDoesNotOverruleItsDeclaration() throws {
    let path = try TestInput.file("lang en\n\nDes raids ont fait 22 morts.\n")
    let result = ReportLoader().load([path])
    #expect(result.reports.first?.language?.code == "en")
    #expect(result.diagnostics.isEmpty)
  }

  @Test func anUndeclaredReportIsIdentified() throws {
    let report = try TestInput.loadOne(
      "Ankara'dan yapılan açıklamada, İdlib'de düzenlenen saldırıda 33 askerin hayatını "
        + "kaybettiği bildirildi.\n")
    #expect(report.language?.code == "tr")
    #expect(report.language?.origin == .identified)
    #expect((report.language?.confidence ?? 0) >= 0.9)
  }
}
