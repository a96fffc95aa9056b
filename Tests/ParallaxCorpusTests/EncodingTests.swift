import Foundation
import Testing

@testable import ParallaxCorpus

@Suite struct EncodingTests {
  @Test(arguments: [
    ([UInt8]("plain ascii".utf8), true),
    ([UInt8]("Üçüncü gün — 22 morts, İdlib’de".utf8), true),
    ([0xC3], false),
    ([0xC0, 0xAF], false),
    ([0xED, 0xA0, 0x80], false),
    ([0xF4, 0x90, 0x80, 0x80], false),
    ([0xE9, 0x74, 0xE9], false),
    ([0xF0, 0x9F, 0x98, 0x80], true),
  ])
  func validatesUTF8(bytes: [UInt8], valid: Bool) {
    #expect(TextDecoding.isValidUTF8(bytes) == valid)
    #expect(TextDecoding.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
  }

  @Test func validatesLongInputsLikeTheStandardLibrary() {
    var bytes = Array(String(repeating: "Des raids aériens ont fait 22 morts. ", count: 300).utf8)
    #expect(TextDecoding.isValidUTF8(bytes))
    bytes[5000] = 0xFF
    #expect(!TextDecoding.isValidUTF8(bytes))
  }

  @Test func readsUTF16WithAByteOrderMark() {
    let text = "Ankara’da toplantı — 33 asker"
    let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(TextDecoding.decode(little).text == text)
    #expect(TextDecoding.decode(little).encoding == "utf-16le")
    #expect(TextDecoding.decode(big).text == text)
    #expect(TextDecoding.decode(big).encoding == "utf-16be")
  }

  /// A mark that promises UTF-16 before bytes that are not (a lone high surrogate, an odd
  /// trailing byte) is read as it says, and the note counts what was replaced; a clean file
  /// gets no note.
  @Test func illFormedUTF16AfterAMarkIsNamed() {
    let junk: [UInt8] = [0xFF, 0xFE, 0x00, 0xD8] + Array("garbage".utf8)
    let decoded = TextDecoding.decode(junk)
    #expect(decoded.encoding == "utf-16le")
    #expect(
      decoded.note?.contains("2 ill-formed sequences") == true, "\(decoded.note ?? "no note")")
    #expect(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 2)
    let clean: [UInt8] =
      [0xFE, 0xFF] + "33 asker".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(TextDecoding.decode(clean).note == nil)
    let truncated: [UInt8] = [0xFF, 0xFE, 0, 0, 0x33, 0, 0, 0, 0x33]
    #expect(TextDecoding.decode(truncated).note?.contains("1 ill-formed sequence") == true)
  }

  @Test func readsUTF32WithAByteOrderMark() {
    let text = "Москва — 33"
    let bytes: [UInt8] =
      [0xFF, 0xFE, 0, 0]
      + text.unicodeScalars.flatMap { scalar in
        (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) }
      }
    let decoded = TextDecoding.decode(bytes)
    #expect(decoded.text == text)
    #expect(decoded.encoding == "utf-32le")
  }

  @Test func aFalseUTF8DeclarationIsNamed() {
    let french =
      "Le ministre de l'Intérieur a déclaré jeudi que la réforme serait présentée "
      + "au Conseil des ministres dès la semaine prochaine, malgré l'opposition des élus."
    let bytes = french.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    let decoded = TextDecoding.decode(bytes, declared: "UTF-8")
    #expect(decoded.text == french)
    #expect(
      decoded.note == "declared utf-8 but not valid UTF-8; read as windows-1252 (French text)")
  }

  @Test func readsUTF16WithoutAMarkAndSaysSo() {
    let text = "Des raids aériens ont fait 22 morts."
    let little = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let decoded = TextDecoding.decode(little)
    #expect(decoded.text == text)
    #expect(decoded.note?.contains("utf-16le") == true)
  }

  @Test func declaredLatin1ReadsAsWindows1252() {
    // 0x80 is € in windows-1252 but a C1 control in ISO-8859-1; documents mean the euro.
    let decoded = TextDecoding.decode(
      [0x31, 0x30, 0x20, 0x80, 0x20, 0xE9, 0x74, 0xE9], declared: "ISO-8859-1")
    #expect(decoded.text == "10 € été")
    #expect(decoded.encoding == "windows-1252")
    #expect(decoded.note == nil)
  }

  @Test(arguments: [
    ("koi8-r", [UInt8]([0xF2, 0xCF, 0xD3, 0xD3, 0xC9, 0xD1]), "Россия"),
    ("cp1251", [0xD0, 0xEE, 0xF1, 0xF1, 0xE8, 0xFF], "Россия"),
    ("latin5", [0xDD, 0x64, 0x6C, 0x69, 0x62, 0x27, 0x64, 0x65], "İdlib'de"),
    ("windows-1256", [0xC8, 0xED, 0xD1, 0xE6, 0xCA], "بيروت"),
  ])
  func readsDeclaredCodePages(label: String, bytes: [UInt8], expected: String) {
    #expect(TextDecoding.decode(bytes, declared: label).text == expected)
    #expect(TextDecoding.transcodeToUTF8(bytes, encoding: label) == Array(expected.utf8))
  }

  @Test func unknownDeclarationsAreNamed() {
    let decoded = TextDecoding.decode(Array("plain".utf8), declared: "x-klingon")
    #expect(decoded.text == "plain")
    #expect(decoded.note?.contains("x-klingon") == true)
    #expect(TextDecoding.transcodeToUTF8([0x41], encoding: "x-klingon") == nil)
  }

  @Test func stripsC0ControlCharacters() throws {
    let decoded = TextDecoding.decode(Array("a\u{0}b\u{7}c\td\r\ne\u{1B}".utf8))
    #expect(decoded.text == "abc\td\r\ne")
    let report = try TestInput.loadOne("Des raids\u{0B} ont fait\u{01} 22 morts.\u{1F}\n")
    #expect(report.paragraphs.map(\.text) == ["Des raids ont fait 22 morts."])
  }

  @Test func aFewDamagedBytesInUTF8AreReplaced() {
    var bytes = Array("Des raids aériens ont fait 22 morts à Idleb, selon l’OSDH.".utf8)
    bytes.append(0xFF)
    let decoded = TextDecoding.decode(bytes)
    #expect(decoded.encoding == "utf-8")
    #expect(decoded.text.hasSuffix("OSDH.\u{FFFD}"))
    #expect(decoded.note?.contains("1 ill-formed byte") == true)
  }

  @Test func utf8LinesAndAWindows1252LineInOneFileAreEachReadAsWhatTheyAre() {
    let latin: [UInt8] =
      Array("Deuxi".utf8) + [0xE8] + Array("me ligne : 33 soldats tu".utf8) + [0xE9]
      + Array("s, d".utf8) + [0xE9] + Array("clare l'arm".utf8) + [0xE9] + Array("e.\n".utf8)
    let bytes =
      Array("Première ligne : 22 soldats tués à Idleb.\n".utf8)
      + Array("Les autorités l’ont confirmé.\n".utf8) + latin
      + Array("Fin — écrit en UTF-8.\n".utf8)
    let decoded = TextDecoding.decode(bytes)
    #expect(
      decoded.text == "Première ligne : 22 soldats tués à Idleb.\nLes autorités l’ont confirmé.\n"
        + "Deuxième ligne : 33 soldats tués, déclare l'armée.\nFin — écrit en UTF-8.\n")
    #expect(decoded.encoding == "utf-8")
    #expect(
      decoded.note?.contains("mixed encodings: UTF-8, but line 3 is not; read as windows-1252")
        == true, "\(decoded.note ?? "")")
  }
}
