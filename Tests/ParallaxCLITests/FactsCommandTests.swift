import Foundation
import Testing

/// Runs `parallax facts` end to end.
@Suite struct FactsCommandTests {
  static let seedText = """
     date 2020-02 Des raids ont fait au moins 22 morts jeudi, rapportent les autorités.

    Au moins 22 soldats turcs ont été tués, jeudi 27 février, dans la région d'Idleb, selon les autorités.

    L'Observatoire syrien des droits de l'Homme (OSDH), une ONG, avait fait état de plus de 30 soldats turcs tués.
    """

  @Test func textViewBracketsTheEvidence() throws {
    let path = try CLI.temporaryFile(Self.seedText)
    let result = try CLI.run(["facts", path, "--lang", "fr"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("[au moins 22]"))
    #expect(result.stdout.contains("{jeudi 27 février}"))
    #expect(result.stdout.contains("⟨Idleb⟩"))
    #expect(result.stdout.contains("‹selon›"))
    #expect(result.stdout.contains("≥ 22"))
    #expect(result.stdout.contains("source: les autorités"))
    #expect(result.stdout.contains("2020-02-27 (inferredYear)"))
    #expect(result.stdout.contains("= Observatoire syrien des droits de l'Homme"))
  }

  @Test func jsonCarriesRangesAndLinks() throws {
    let path = try CLI.temporaryFile(Self.seedText)
    let result = try CLI.run(["facts", path, "--format", "json", "--lang", "fr"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let paragraphs = try #require(json.first?["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.count == 3)
    let attributions = try #require(paragraphs[2]["attributions"] as? [[String: Any]])
    // The attribution names the paragraph's first figure by id, and the figure names it back.
    #expect(attributions.first?["figures"] as? [String] == ["p2.f0"])
    #expect((attributions.first?["source"] as? String)?.contains("OSDH") == true)
    let figures = try #require(paragraphs[2]["figures"] as? [[String: Any]])
    #expect(figures.first?["id"] as? String == "p2.f0")
    let attributionID = try #require(attributions.first?["id"] as? String)
    #expect(figures.first?["attributions"] as? [String] == [attributionID])
    #expect(json.first?["schemaVersion"] as? Int == 2)
    #expect((json.first?["metadata"] as? [String: Any])?["id"] as? String == path)
    #expect(paragraphs[2]["text"] as? String == Self.seedText.components(separatedBy: "\n\n")[2])
    #expect((paragraphs[2]["sentences"] as? [[String: Int]])?.first?["start"] == 0)
  }

  @Test func glossaryOptionAddsNames() throws {
    let path = try CLI.temporaryFile("Le gouverneur Rahmi Dogan a parlé à Reyhanli.\n")
    let glossary = try CLI.temporaryFile(
      "id\tfr\ten\nrahmi-dogan\tRahmi Dogan\tRahmi Dogan\n", name: "people.tsv")
    let result = try CLI.run(["facts", path, "--glossary", glossary, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"concept\" : \"rahmi-dogan\""))
  }

  @Test func aBrokenGlossaryIsALocatedError() throws {
    let path = try CLI.temporaryFile("Rien.\n")
    let glossary = try CLI.temporaryFile("# no header\nx\ty\n", name: "bad.tsv")
    let result = try CLI.run(["facts", path, "--glossary", glossary])
    #expect(result.status == 1)
    #expect(result.stderr.contains("bad.tsv:2:1: error: glossary has no header"))
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try CLI.run(["facts", "x.txt", "--format", "yaml"])
    #expect(result.status == 2)
  }

  @Test func glossariesOfTheCurrentFolderAreReadByDefault() throws {
    let path = try CLI.temporaryFile("Le gouverneur Rahmi Dogan a parlé.\n")
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    let glossaries = folder.appendingPathComponent("Glossaries")
    try FileManager.default.createDirectory(at: glossaries, withIntermediateDirectories: true)
    try Data("id\tfr\nrahmi-dogan\tRahmi Dogan\n".utf8)
      .write(to: glossaries.appendingPathComponent("people.tsv"))
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = ["facts", path, "--format", "json"]
    process.currentDirectoryURL = folder
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self).contains("\"concept\" : \"rahmi-dogan\""))
  }
}
