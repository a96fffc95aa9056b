import Foundation
import Testing

/// `parallax facts` run from the repository's root writes, in each format, exactly what the
/// rendering library's golden files hold (Tests/ParallaxRenderTests/Snapshots): the
/// executable only picks the renderer.
@Suite struct FactsViewsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test(arguments: [("text", "txt"), ("markdown", "md"), ("html", "html"), ("json", "json")])
  func factsMatchTheRenderSnapshot(_ format: String, _ suffix: String) throws {
    let snapshot = Self.root.appendingPathComponent(
      "Tests/ParallaxRenderTests/Snapshots/facts-fr-quotidien.\(suffix)")
    let expected = try String(contentsOf: snapshot, encoding: .utf8)
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = ["facts", "Corpus/idleb-2020-02/fr-quotidien.txt", "--format", format]
    process.currentDirectoryURL = Self.root
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self) == expected)
  }
}
