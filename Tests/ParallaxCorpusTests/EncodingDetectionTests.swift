import Foundation
import Testing

@testable import ParallaxCorpus

@Suite struct EncodingDetectionTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/encoding")

  @Test(arguments: [
    ("french-windows-1252.txt", "windows-1252", "French", "fr", "l'électricité", "14 €"),
    ("turkish-windows-1254.txt", "windows-1254", "Turkish", "tr", "İzmir'de", "ılık"),
    ("arabic-windows-1256.txt", "windows-1256", "Arabic", "ar", "ارتفاع أسعار", "المعارضة"),
    ("russian-windows-1251.txt", "windows-1251", "Russian", "ru", "Повышение", "трёх"),
  ])
  func readsUndeclaredLegacyText(
    file: String, encoding: String, language: String, code: String, title: String,
    word: String
  ) throws {
    let path = Self.fixtures.appendingPathComponent(file).path
    let result = ReportLoader().load([path])
    let report = try #require(result.reports.first)
    #expect(report.title?.contains(title) == true)
    #expect(report.paragraphs.contains { $0.text.contains(word) })
    #expect(report.language?.code == code)
    let notes = result.diagnostics.filter { $0.severity == .note }.map(\.message)
    #expect(
      notes == [
        "not valid UTF-8 and no encoding declared; read as \(encoding) (\(language) text)"
      ])
  }

  @Test func loadsUTF16TextWithAByteOrderMark() throws {
    let text = "lang tr\n\nAnkara’da düzenlenen toplantıya İçişleri Bakanı da katıldı.\n"
    let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let result = ReportLoader().load([try TestInput.bytesFile(bytes)])
    let report = try #require(result.reports.first)
    #expect(report.language?.code == "tr")
    #expect(
      report.paragraphs.map(\.text) == [
        "Ankara’da düzenlenen toplantıya İçişleri Bakanı da katıldı."
      ])
    #expect(!result.hasErrors)
  }

  @Test func turkishLettersSurviveTheRoundTrip() throws {
    let bytes = try [UInt8](
      Data(contentsOf: Self.fixtures.appendingPathComponent("turkish-windows-1254.txt")))
    let decoded = TextDecoding.decode(bytes)
    for letter in ["ş", "ğ", "ı", "İ", "Ş", "ç", "ö", "ü"] {
      #expect(decoded.text.contains(letter), "missing \(letter)")
    }
    #expect(!decoded.text.contains("ý") && !decoded.text.contains("þ"))
  }

  @Test func aShortWesternLineStaysWindows1252() {
    let decoded = TextDecoding.decode([0x43, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x35])  // "Café €5"
    #expect(decoded.encoding == "windows-1252")
    #expect(decoded.text == "Café €5")
  }

  @Test func windows1252MojibakeIsNotTakenForUTF8() {
    // Legacy bytes with no well-formed multi-byte sequence at all.
    let bytes: [UInt8] =
      Array("Le ministre a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9]
      + Array(" que la r".utf8) + [0xE9] + Array("forme serait adopt".utf8) + [0xE9, 0x65, 0x2E]
    let decoded = TextDecoding.decode(bytes)
    #expect(decoded.encoding == "windows-1252")
    #expect(decoded.text == "Le ministre a déclaré que la réforme serait adoptée.")
  }

  @Test(arguments: ["windows-1252", "windows-1254", "windows-1256", "windows-1251"])
  func transcodesForTheXMLReaders(encoding: String) throws {
    let page = try #require(LegacyCodePage(named: encoding))
    let bytes = [UInt8](0x20...0xFF)
    let utf8 = try #require(TextDecoding.transcodeToUTF8(bytes, encoding: encoding))
    #expect(TextDecoding.isValidUTF8(utf8))
    #expect(String(decoding: utf8, as: UTF8.self) == page.decode(bytes))
  }
}
