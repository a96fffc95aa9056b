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
    #expect(attributions.first?["figures"] as? [Int] == [0])
    #expect((attributions.first?["source"] as? String)?.contains("OSDH") == true)
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
}
