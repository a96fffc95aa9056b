import Foundation
import Testing

/// `parallax check` end to end: exit status and the JSON shape.
@Suite struct CheckCommandTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func xliffWithAChangedFigureExitsOneAndWritesJSON() throws {
    let xliff = """
      <?xml version="1.0"?>
      <xliff version="1.2"><file source-language="fr" target-language="en"><body>
      <trans-unit id="1"><source>Au moins 22 soldats turcs ont été tués jeudi.</source>
      <target>At least 23 Turkish soldiers were killed on Thursday.</target></trans-unit>
      </body></file></xliff>
      """
    let path = try CLI.temporaryFile(xliff, name: "story.xlf")
    let result = try CLI.run(["check", path, "--format", "json"])
    #expect(result.status == 1)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["schema"] as? Int == 1)
    let findings = try #require(json["findings"] as? [[String: Any]])
    #expect(findings.first?["kind"] as? String == "figureValue")
    #expect(findings.first?["severity"] as? String == "error")
    let target = try #require(findings.first?["target"] as? [String: Any])
    #expect(target["segment"] as? String == "1")
    #expect(target["factID"] as? String == "p0.f0")
  }

  @Test func cleanXliffExitsZeroAndFailOnWarningIsStricter() throws {
    let xliff = """
      <?xml version="1.0"?>
      <xliff version="1.2"><file source-language="fr" target-language="en"><body>
      <trans-unit id="1"><source>Au moins 22 soldats turcs ont été tués jeudi.</source>
      <target>At least 22 Turkish soldiers were killed on Thursday.</target></trans-unit>
      <trans-unit id="2"><source>Le bilan a été communiqué par le gouverneur, qui a parlé de 40 blessés.</source>
      <target>The toll was announced by the governor.</target></trans-unit>
      </body></file></xliff>
      """
    let path = try CLI.temporaryFile(xliff, name: "clean.xlf")
    let result = try CLI.run(["check", path, "--color", "never"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.hasPrefix("check: fr"))
    let strict = try CLI.run(["check", path, "--fail-on", "warning"])
    #expect(strict.status == 1)
  }

  @Test func oneInputThatIsNotBilingualIsAUsageError() throws {
    let path = try CLI.temporaryFile("lang fr\n\nBonjour.\n", name: "a.txt")
    let result = try CLI.run(["check", path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("not an XLIFF or TMX file"))
  }

  @Test func twoReportsIdenticalExitOne() throws {
    let source = Self.root.appendingPathComponent("Corpus/idleb-2020-02/fr-quotidien.txt").path
    let result = try CLI.run(["check", source, source, "--color", "never"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("identical"))
  }
}
