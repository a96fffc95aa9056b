import Testing

@testable import ParallaxCorpus

/// Byline, dateline and date blocks inside `<article>` are read apart, never as a body
/// paragraph: class or id names ending in info, meta, byline, dateline, author or date,
/// `itemprop` author or datePublished, `<address>`, a block of `<time>` only. Pages written
/// for these rules in several languages.
@Suite struct HTMLMetaLineTests {
  static func page(_ lang: String, _ meta: String, _ paragraphs: [String]) -> String {
    "<html lang=\"\(lang)\"><head><title>t</title></head><body><article><h1>Titel</h1>"
      + meta + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
  }

  static let cases: [(lang: String, meta: String, first: String, junk: String)] = [
    (
      "de",
      "<div class=\"article-info\"><time datetime=\"2024-03-02T08:00:00+01:00\">02.03.2024</time>"
        + " · Jana Keller</div>",
      "Der Deich bei Marlow hielt dem Hochwasser stand, teilte das Landratsamt mit.", "Jana Keller"
    ),
    (
      "fr",
      "<p class=\"story__byline\">Par Louise Marchal, envoyée spéciale</p>",
      "Le pont de Sainte-Aure a été rouvert à la circulation samedi matin.", "Louise Marchal"
    ),
    (
      "es",
      "<div itemprop=\"author\">Redacción Norte</div>",
      "El ayuntamiento de Teruel aprobó el presupuesto con los votos de tres grupos.",
      "Redacción Norte"
    ),
    (
      "tr",
      "<address>Haber Merkezi, Trabzon</address>",
      "Karadeniz sahil yolunda heyelan nedeniyle iki şerit trafiğe kapatıldı.", "Haber Merkezi"
    ),
    (
      "ru",
      "<p><time datetime=\"2024-03-02T10:00:00+03:00\">2 марта 2024</time>, 10:00</p>",
      "В Тамбове открыли новый мост через реку Цну после двух лет ремонта.", "2 марта"
    ),
    (
      "en",
      "<div id=\"post-date\">Updated 4 March 2024</div><div class=\"entry-dateline\">HULL —</div>",
      "The harbour authority reopened the north quay after a week of repairs.", "Updated"
    ),
  ]

  @Test(arguments: cases.indices)
  func aMetaLineIsNoParagraph(_ index: Int) throws {
    let item = Self.cases[index]
    let report = try TestInput.loadOne(
      Self.page(item.lang, item.meta, [item.first, "Ein zweiter Absatz, second paragraph."]))
    #expect(report.bodyParagraphs.first?.text == item.first, "\(item.lang)")
    #expect(!report.plainText.contains(item.junk), "\(item.lang)")
  }

  /// A date inside a sentence stays in it: only a block of dates alone is dropped.
  @Test func aTimeInsideASentenceStays() throws {
    let text = "Die Sitzung am <time datetime=\"2024-03-05\">Dienstag</time> wurde vertagt."
    let report = try TestInput.loadOne(Self.page("de", "", [text]))
    #expect(report.bodyParagraphs.first?.text == "Die Sitzung am Dienstag wurde vertagt.")
  }
}
