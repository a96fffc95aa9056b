import Foundation
import Testing

@testable import ParallaxCorpus

/// A UTF-16 or UTF-32 byte-order mark followed by what is not text (issue 9): refused with a
/// located error, as binary data without a mark is, while wide text in any script still loads.
@Suite struct WideBinaryTests {
  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/encoding/\(name)").path
  }

  @Test(arguments: ["utf16le-bom-binary.bin", "utf16be-bom-junk.bin"])
  func binaryAfterAUTF16MarkIsALocatedErrorAndNoReport(name: String) throws {
    let path = Self.fixture(name)
    let result = ReportLoader().load([path])
    #expect(result.reports.isEmpty)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.message.contains("binary data"), "\(diagnostic)")
    #expect(diagnostic.message.contains("byte-order mark"), "\(diagnostic)")
    #expect(diagnostic.location.line != nil)
    #expect(diagnostic.description.hasPrefix("\(path):"))
  }

  @Test func theOffendingCharacterIsLocatedInLinesAndCharacters() throws {
    // "ab\ncd" then a NUL character, in UTF-16LE after its mark.
    let text: [UInt16] = [0x61, 0x62, 0x0A, 0x63, 0x64, 0x0000, 0x65, 0x66, 0x67, 0x68]
    let bytes: [UInt8] = [0xFF, 0xFE] + text.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let finding = try #require(BinarySniffer.inspect(bytes))
    #expect(finding.line == 2)
    #expect(finding.column == 3)
    #expect(finding.offset == 2 + 5 * 2)
  }

  @Test func privateUseAndUnpairedSurrogatesAfterAUTF32MarkAreJunk() {
    var bytes: [UInt8] = [0xFF, 0xFE, 0, 0]
    for value: UInt32 in [0xE000, 0xE001, 0x41, 0xF8FF, 0xE123, 0x42, 0xE200, 0xE300, 0x43, 0x44] {
      bytes += [0, 8, 16, 24].map { UInt8((value >> UInt32($0)) & 0xFF) }
    }
    #expect(BinarySniffer.inspect(bytes) != nil)
  }

  @Test func wideTextWithAMarkStillLoads() throws {
    let result = ReportLoader().load([Self.fixture("utf16le-bom-text.txt")])
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let report = try #require(result.reports.first)
    #expect(report.plainText.contains("33 جنديا"))
    #expect(report.plainText.contains("Погибли 33"))
  }

  @Test func chineseAndEmojiInUTF16BigEndianAreText() {
    let text = "伊德利卜：至少33名土耳其士兵死亡 😢\n据报道，袭击发生在周四晚上。"
    let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(BinarySniffer.inspect(bytes) == nil)
  }

  @Test func randomBytesAfterAMarkAreRefused() throws {
    var generator = SystemRandomNumberGenerator()
    for mark: [UInt8] in [[0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0, 0]] {
      let bytes = mark + (0..<4096).map { _ in UInt8.random(in: 1...255, using: &generator) }
      let result = ReportLoader().load([try TestInput.bytesFile(bytes, name: "random.txt")])
      #expect(result.reports.isEmpty, "mark \(mark)")
      #expect(result.hasErrors, "mark \(mark)")
    }
  }
}
