import Foundation
import Testing

@testable import ParallaxCorpus

/// Inputs that are not reports at all, through the loader as a user meets them.
@Suite struct LoaderInputTests {
  @Test func anEmptyFileGivesAWarningAndNoReport() throws {
    let result = ReportLoader().load([try TestInput.bytesFile([], name: "empty.txt")])
    #expect(result.reports.isEmpty)
    #expect(result.diagnostics.map(\.message) == ["empty file: no report"])
    #expect(result.diagnostics.first?.severity == .warning)
  }

  @Test func binaryDataIsALocatedErrorAndNoReport() throws {
    // A first line of ASCII, then the start of a PNG chunk with its NUL bytes.
    var bytes = Array("header line\nab".utf8)
    bytes += [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]
    let path = try TestInput.bytesFile(bytes, name: "image.png")
    let result = ReportLoader().load([path])
    #expect(result.reports.isEmpty)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.location.line == 2)
    #expect(diagnostic.location.column == 7)
    #expect(diagnostic.description.hasPrefix("\(path):2:"))
    #expect(diagnostic.message.contains("binary data"))
  }

  @Test func randomBytesAreRefusedWithoutACrash() throws {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let result = ReportLoader().load([try TestInput.bytesFile(bytes, name: "random.bin")])
    #expect(result.reports.isEmpty)
    #expect(result.hasErrors)
  }

  @Test func utf16TextWithoutAByteOrderMarkIsNotBinary() throws {
    let text = "Au moins 22 soldats turcs ont été tués jeudi."
    let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(BinarySniffer.inspect(bytes) == nil)
  }

  @Test func theRestOfTheInputsStillLoadAfterABadOne() throws {
    let bad = try TestInput.bytesFile([0, 1, 2, 3, 0, 0, 7], name: "bad.bin")
    let good = try TestInput.file("Un paragraphe de texte.\n")
    let result = ReportLoader().load([bad, good])
    #expect(result.reports.count == 1)
    #expect(result.hasErrors)
  }
}
