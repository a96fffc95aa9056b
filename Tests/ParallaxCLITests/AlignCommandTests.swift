import Foundation
import ParallaxAlign
import ParallaxTestSupport
import Testing

/// `parallax align` end to end: the Bleualign dev set scored as the bench README says, the
/// output formats, paragraph units, and a dictionary that cannot be read.
@Suite struct AlignCommandTests {
  static let dev = "../shared/bench/align/bleualign-dev/"

  static func score(_ arguments: [String]) throws -> BeadScore {
    let result = try CLI.run(
      ["align", "--unit", "line", "--format", "beads"] + arguments
        + [dev + "dev.de", dev + "dev.fr"])
    #expect(result.status == 0, "\(result.stderr)")
    let predicted = try #require(BeadScore.parse(result.stdout))
    let gold = try #require(
      BeadScore.parse(try String(contentsOfFile: dev + "dev.defr", encoding: .utf8)))
    return BeadScore(predicted: predicted, gold: gold)
  }

  static func report(_ label: String, _ score: BeadScore) -> String {
    let f = { (value: Double) in String(format: "%.3f", value) }
    return "bleualign dev \(label): strict P/R/F1 \(f(score.strictPrecision))/"
      + "\(f(score.strictRecall))/\(f(score.strictF1)), lax P/R/F1 \(f(score.laxPrecision))/"
      + "\(f(score.laxRecall))/\(f(score.laxF1))"
  }

  @Test func devSetWithoutDictionaryOrGlossary() throws {
    let score = try Self.score(["--no-dictionary"])
    print(Self.report("without dictionary (floor strict F1 0.84)", score))
    #expect(score.strictF1 >= 0.84)
    #expect(score.laxF1 >= 0.95)
  }

  @Test func devSetWithFreeDictGermanFrench() throws {
    let folder = "/usr/share/dictd"
    // The test command installs the dictionaries itself when the machine lacks them.
    let installed = DebianPackages.ensure(["dict-freedict-deu-fra", "dict-freedict-fra-deu"]) {
      FileManager.default.fileExists(atPath: folder + "/freedict-deu-fra.index")
        && FileManager.default.fileExists(atPath: folder + "/freedict-fra-deu.index")
    }
    try #require(
      installed,
      "FreeDict deu-fra is needed: apt-get install dict-freedict-deu-fra dict-freedict-fra-deu")
    let score = try Self.score(["--dictionary", folder])
    print(Self.report("with FreeDict deu-fra (floor strict F1 0.85)", score))
    #expect(score.strictF1 >= 0.85)
  }

  @Test func beadsJSONAndTextFormats() throws {
    let source = try CLI.temporaryFile(
      "Le maire Marco Panieri a parlé mardi.\nLes écoles de 40 communes sont fermées.\n"
        + "Une ligne ajoutée sans traduction aucune, assez longue pour compter.\n",
      name: "fr.txt")
    let target = try CLI.temporaryFile(
      "Mayor Marco Panieri spoke on Tuesday.\nSchools in 40 towns are closed.\n", name: "en.txt")
    let beads = try CLI.run(
      ["align", "--unit", "line", "--format", "beads", "--no-dictionary", source, target])
    #expect(beads.status == 0, "\(beads.stderr)")
    let lines = beads.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "[0]:[0]:" + (lines.first?.split(separator: ":").last ?? ""))
    for line in lines {
      #expect(line.wholeMatch(of: /\[[0-9, ]*\]:\[[0-9, ]*\]:[01]\.[0-9][0-9]/) != nil, "\(line)")
    }
    #expect(lines.contains("[2]:[]:0.00"))
    let json = try CLI.run(
      ["align", "--unit", "line", "--format", "json", "--no-dictionary", source, target])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let list = try #require(object?["beads"] as? [[String: Any]])
    #expect(list.count == lines.count)
    let evidence = try #require(list.first?["evidence"] as? [[String: Any]])
    #expect(evidence.contains { ($0["kind"] as? String) == "identical" })
    let text = try CLI.run(["align", "--unit", "line", "--no-dictionary", source, target])
    #expect(text.stdout.contains("Marco Panieri a parlé"))
    #expect(text.stdout.contains("│"))
  }

  @Test func paragraphUnitsOfTwoReports() throws {
    let story = "Corpus/helior-karayel-2025-06/"
    let result = try CLI.run(
      [
        "align", story + "fr-quotidien.atom#0", story + "fr-quotidien.atom#1", "--format",
        "beads", "--no-dictionary", "--mode", "parallel",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let groups = try #require(BeadScore.parse(result.stdout))
    #expect(groups.flatMap(\.source) == Array(0..<8))
    #expect(groups.flatMap(\.target) == Array(0..<9))
  }

  @Test func sentenceUnitsAreNumberedAcrossTheReport() throws {
    let source = try CLI.temporaryFile(
      "Les inondations ont fait 14 morts mardi. Plus de 36 000 habitants ont été évacués.\n\n"
        + "Le maire Marco Panieri a parlé d'une catastrophe sans précédent pour la région.\n",
      name: "fr.txt")
    let target = try CLI.temporaryFile(
      "The floods killed 14 people on Tuesday. More than 36,000 residents were evacuated.\n\n"
        + "Mayor Marco Panieri spoke of a disaster without precedent for the region.\n",
      name: "en.txt")
    let result = try CLI.run(
      ["align", "--unit", "sentence", "--format", "beads", "--no-dictionary", source, target])
    #expect(result.status == 0, "\(result.stderr)")
    let groups = try #require(BeadScore.parse(result.stdout))
    #expect(groups.map(\.source) == [[0], [1], [2]])
    #expect(groups.map(\.target) == [[0], [1], [2]])
  }

  @Test func anUnreadableDictionaryIsALocatedErrorNotASilentFallback() throws {
    let index = try CLI.temporaryFile("haus\tnot-a-number\n", name: "freedict-deu-fra.index")
    let folder = URL(fileURLWithPath: index).deletingLastPathComponent().path
    try Data("haus\nmaison\n".utf8).write(
      to: URL(fileURLWithPath: folder + "/freedict-deu-fra.dict"))
    let source = try CLI.temporaryFile(
      "Das alte Haus am Marktplatz wird seit dem Winter von der Gemeinde renoviert und soll "
        + "im Sommer wieder für die Öffentlichkeit zugänglich sein.\n", name: "de.txt")
    let target = try CLI.temporaryFile(
      "La vieille maison de la place du marché est rénovée depuis l'hiver par la commune et "
        + "doit rouvrir au public cet été.\n", name: "fr.txt")
    let result = try CLI.run(
      [
        "align", "--unit", "line", "--format", "beads", "--mode", "parallel", "--dictionary",
        folder, source, target,
      ])
    #expect(result.status == 1)
    #expect(result.stderr.contains(index + ":1: error:"), "\(result.stderr)")
    #expect(result.stdout == "[0]:[0]:" + (result.stdout.split(separator: ":").last ?? ""))
  }

  @Test func comparableModeOnAnUpdateMarksTheMovedParagraph() throws {
    let story = "Corpus/helior-karayel-2025-06/"
    let result = try CLI.run(
      [
        "align", story + "fr-quotidien.atom#0", story + "fr-quotidien.atom#1", "--format",
        "json", "--mode", "comparable",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let links = try #require(object?["links"] as? [[String: Any]])
    let moved = links.filter { ($0["moved"] as? Bool) == true }.compactMap {
      ($0["first"] as? [Int])?.first
    }
    #expect(moved.contains(7), "¶7 moved to ¶3 in the update: \(moved)")
    #expect(object?["unmatchedSecond"] as? [Int] == [5])
    let decision = try #require(object?["decision"] as? [String: Any])
    #expect(decision["versions"] as? Bool == true)
    let auto = try CLI.run(
      ["align", story + "fr-quotidien.atom#0", story + "fr-quotidien.atom#1", "--format", "text"])
    #expect(auto.stdout.hasPrefix("mode: comparable (versions of one text) — chosen: "))
  }
}
