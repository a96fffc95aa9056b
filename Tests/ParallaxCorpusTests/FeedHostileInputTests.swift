import Foundation
import Testing

@testable import ParallaxCorpus

/// Hostile and broken feeds: each gives the diagnostic it should and loses nothing else.
@Suite struct FeedHostileInputTests {
  static func rss(items: [String], prolog: String = "<?xml version=\"1.0\"?>\n") -> String {
    prolog + "<rss version=\"2.0\"><channel><title>Test feed</title>\n"
      + items.joined(separator: "\n") + "\n</channel></rss>\n"
  }

  static func item(_ index: Int, title: String? = nil) -> String {
    "<item><title>\(title ?? "Item \(index)")</title><guid>g\(index)</guid>"
      + "<description>Text of item \(index).</description></item>"
  }

  static func readDirectly(_ bytes: [UInt8]) throws -> ([Report], [Diagnostic]) {
    let path = try TestInput.bytesFile(bytes, name: "feed.xml")
    let input = try InputFile(path: path, fileURL: URL(fileURLWithPath: path))
    var reports: [Report] = []
    var sink = ReportSink { reports.append($0) }
    try FeedReader().read(input, into: &sink)
    return (reports, sink.diagnostics)
  }

  @Test func externalEntitiesAreNeverLoaded() throws {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><title>T</title>
      <item><title>Leak &xxe; here</title><description>Body &xxe;</description></item>
      </channel></rss>
      """
    let result = ReportLoader().load([try TestInput.file(text, name: "xxe.xml")])
    #expect(result.reports.count == 1)
    let report = try #require(result.reports.first)
    #expect(report.title == "Leak here")
    #expect(!report.plainText.contains("root:"))
    let warnings = result.diagnostics.filter { $0.message.contains("external entity 'xxe'") }
    #expect(warnings.count == 1)
    #expect(warnings.first?.severity == .warning)
    #expect(!result.hasErrors)
  }

  @Test func externalParameterEntitiesAndDTDsAreNeverLoaded() throws {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE rss SYSTEM "file:///etc/passwd" [<!ENTITY % pe SYSTEM "file:///etc/passwd"> %pe;]>
      <rss version="2.0"><channel><title>T</title><item><title>Safe</title></item></channel></rss>
      """
    let result = ReportLoader().load([try TestInput.file(text, name: "pe.xml")])
    #expect(result.reports.map(\.title) == ["Safe"])
    #expect(!result.reports.contains { $0.plainText.contains("root:") })
    #expect(!result.hasErrors, "\(result.diagnostics)")
    // Without an external subset, an unresolved parameter entity is a note, not an error.
    let internalOnly = text.replacingOccurrences(of: " SYSTEM \"file:///etc/passwd\" [", with: " [")
    let second = ReportLoader().load([try TestInput.file(internalOnly, name: "pe2.xml")])
    #expect(second.reports.map(\.title) == ["Safe"])
    #expect(!second.hasErrors, "\(second.diagnostics)")
    #expect(second.diagnostics.contains { $0.message.contains("%pe; not loaded") })
  }

  @Test func billionLaughsGivesOnePlainDiagnostic() throws {
    var declarations = "<!ENTITY lol \"lol\">"
    declarations += "<!ENTITY lol1 \"" + String(repeating: "&lol;", count: 10) + "\">"
    for level in 2...9 {
      declarations +=
        "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
    }
    let text =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\(declarations)]>\n"
      + "<rss><channel><title>T</title><item><title>Bomb &lol9; &lol9;</title>"
      + "<description>Still &lol2; here</description></item></channel></rss>"
    let result = ReportLoader().load([try TestInput.file(text, name: "lol.xml")])
    let problems = result.diagnostics.filter { $0.severity != .note }
    #expect(problems.count == 1, "\(problems)")
    #expect(problems.first?.message.hasPrefix("entity expansion bomb refused: entity 'lol") == true)
    #expect(problems.first?.severity == .error)
    let report = try #require(result.reports.first)
    #expect(report.title == "Bomb")
    #expect(report.paragraphs.last?.text.hasPrefix("Still lollollol") == true)
  }

  @Test func anEmptyFileIsAnError() throws {
    let (reports, diagnostics) = try Self.readDirectly([])
    #expect(reports.isEmpty)
    #expect(diagnostics.map(\.message) == ["empty file: no feed to read"])
    #expect(diagnostics.first?.severity == .error)
    // Through the loader, a 0-byte file is no feed at all: no report, no crash.
    let loaded = ReportLoader().load([try TestInput.bytesFile([], name: "empty.xml")])
    #expect(loaded.reports.allSatisfy { $0.paragraphs.isEmpty })
  }

  @Test func binaryBytesGiveALocatedError() throws {
    var generator = SystemRandomNumberGenerator()
    let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let (reports, diagnostics) = try Self.readDirectly(noise)
    #expect(reports.isEmpty)
    #expect(diagnostics.contains { $0.severity == .error })
    // A feed that turns into noise keeps what came before.
    let head = Array(Self.rss(items: [Self.item(0)]).utf8.prefix(200))
    let (mixed, mixedDiagnostics) = try Self.readDirectly(head + noise)
    #expect(mixed.map(\.title) == ["Item 0"])
    let error = try #require(mixedDiagnostics.first { $0.severity == .error })
    #expect(error.location.line != nil && error.location.column != nil)
    #expect(error.message.hasPrefix("ill-formed XML:"))
  }

  @Test func aTruncatedFeedKeepsTheItemsBeforeTheCut() throws {
    let full = Self.rss(items: (0..<10).map { Self.item($0) })
    let cut = full.range(of: "<item><title>Item 7")?.upperBound ?? full.endIndex
    let text = String(full[..<cut])
    let result = ReportLoader().load([try TestInput.file(text, name: "cut.xml")])
    #expect(Array(result.reports.prefix(7).map(\.title)) == (0..<7).map { "Item \($0)" })
    let error = try #require(result.diagnostics.first { $0.severity == .error })
    #expect(error.message.hasPrefix("ill-formed XML:"))
    // The declaration, the channel, then one item a line: item 7 is on line 10.
    #expect(error.location.line == 10)
    #expect(error.location.column != nil)
  }

  @Test(arguments: [
    "Fish & chips < 5", "Unclosed <b>bold", "Stray </p> end",
  ])
  func aBrokenItemDoesNotLoseTheOthers(broken: String) throws {
    var items: [String] = []
    for index in 0..<200 {
      items.append(Self.item(index, title: index == 100 ? broken : nil))
    }
    let lines = Self.rss(items: items)
    let result = ReportLoader().load([try TestInput.file(lines, name: "broken.xml")])
    let titles = result.reports.compactMap(\.title)
    let intact = (0..<200).filter { $0 != 100 }.map { "Item \($0)" }
    #expect(intact.allSatisfy(titles.contains), "lost: \(intact.filter { !titles.contains($0) })")
    #expect(result.reports.filter { $0.title?.hasPrefix("Item ") == true }.count == 199)
    let error = try #require(result.diagnostics.first { $0.severity == .error })
    #expect(error.message.hasPrefix("ill-formed XML:"))
    // Item 101 (index 100) is on line 103: the declaration and the channel come first.
    #expect(error.location.line == 103)
  }

  @Test func aBrokenDocumentElementDoesNotLoseTheItems() throws {
    let items = (0..<50).map { Self.item($0) }
    let text = Self.rss(items: items).replacingOccurrences(
      of: "<rss version=\"2.0\">",
      with: "<rss ver<sion=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
    let result = ReportLoader().load([try TestInput.file(text, name: "root.xml")])
    #expect(result.reports.compactMap(\.title) == (0..<50).map { "Item \($0)" })
    #expect(result.diagnostics.contains { $0.severity == .error && $0.location.line == 2 })
  }

  @Test func htmlEntitiesWithoutADTDAreDecoded() throws {
    let text = Self.rss(items: [
      "<item><title>Caf&eacute;&nbsp;&amp;&nbsp;th&eacute; &rarr; &#8364;5 &#x41;</title>"
        + "<description>&lt;p&gt;&amp;eacute;t&amp;eacute;&lt;/p&gt;</description></item>"
    ])
    let result = ReportLoader().load([try TestInput.file(text, name: "entities.xml")])
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let report = try #require(result.reports.first)
    #expect(report.title == "Café\u{A0}&\u{A0}thé → €5 A")
    #expect(report.paragraphs.last?.text == "été")
  }

  @Test func windows1252WithoutDeclarationLoadsWithANote() throws {
    // "Café – l’été" in Windows-1252: é = E9, – = 96, ’ = 92.
    var bytes = Array("<?xml version=\"1.0\"?><rss><channel><title>T</title><item><title>".utf8)
    bytes += [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x6C, 0x92, 0xE9, 0x74, 0xE9]
    bytes += Array("</title></item></channel></rss>".utf8)
    let path = try TestInput.bytesFile(bytes, name: "cp1252.xml")
    let result = ReportLoader().load([path])
    #expect(!result.hasErrors)
    #expect(result.reports.first?.title == "Café – l’été")
    let note = try #require(result.diagnostics.first { $0.severity == .note })
    #expect(note.message.contains("windows-125"))
  }

  @Test func windows1254WithoutDeclarationLoadsWithANote() throws {
    // "Türkiye'de şehit" in Windows-1254: ü = FC, ş = FE.
    var bytes = Array("<?xml version=\"1.0\"?><rss><channel><title>T</title><item><title>".utf8)
    bytes += Array("T".utf8) + [0xFC] + Array("rkiye'de ".utf8) + [0xFE] + Array("ehit".utf8)
    bytes += Array("</title><description>".utf8)
    bytes += Array("Ba".utf8) + [0xFE] + Array("bakan g".utf8) + [0xF6, 0x72, 0xFC, 0xFE]
    bytes += Array("t".utf8) + [0xFC] + Array(" ve asker ".utf8) + [0xFE] + Array("ehit oldu.".utf8)
    bytes += Array("</description></item></channel></rss>".utf8)
    let path = try TestInput.bytesFile(bytes, name: "cp1254.xml")
    let result = ReportLoader().load([path])
    #expect(!result.hasErrors)
    #expect(result.reports.count == 1)
    #expect(result.diagnostics.contains { $0.severity == .note && $0.message.contains("windows-") })
    let title = try #require(result.reports.first?.title)
    #expect(title == "Türkiye'de şehit")
    #expect(result.reports.first?.paragraphs.last?.text == "Başbakan görüştü ve asker şehit oldu.")
    #expect(result.diagnostics.contains { $0.message.contains("windows-1254") })
  }

  @Test func declaredISO88591IsReadAsWindows1252() throws {
    var bytes = Array(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>".utf8)
    bytes += [0x93, 0x41, 0x94, 0x20, 0xE9]
    bytes += Array("</title></item></channel></rss>".utf8)
    let result = ReportLoader().load([try TestInput.bytesFile(bytes, name: "latin1.xml")])
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.reports.first?.title == "“A” é")
  }

  @Test func controlCharactersAreRemovedWithANote() throws {
    let text = Self.rss(items: ["<item><title>Bell\u{07} and\u{0B} tab</title></item>"])
    let result = ReportLoader().load([try TestInput.file(text, name: "c0.xml")])
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.reports.first?.title == "Bell and tab")
    #expect(result.diagnostics.contains { $0.message.contains("2 control character") })
  }

  @Test func utf16WithBOMLoads() throws {
    let text = Self.rss(items: [Self.item(0, title: "Ünïcode ☃")])
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in text.replacingOccurrences(of: "<?xml version=\"1.0\"?>", with: "").utf16 {
      bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    let result = ReportLoader().load([try TestInput.bytesFile(bytes, name: "u16.xml")])
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.reports.first?.title == "Ünïcode ☃")
  }
}
