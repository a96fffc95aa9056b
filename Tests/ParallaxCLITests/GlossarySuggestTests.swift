import Foundation
import Testing

/// `parallax glossary suggest`: text and JSON, evidence, pairs of a glossary left out.
@Suite struct GlossarySuggestTests {
  static let reports = [
    "Corpus/idleb-2020-02/fr-echo.txt", "Corpus/translations/idleb-2020-02/en-from-fr-echo.txt",
    "Corpus/translations/idleb-2020-02/tr-from-fr-echo.txt",
  ]

  static func suggestions(_ extra: [String] = []) throws -> [[String: Any]] {
    let result = try CLI.run(["glossary", "suggest"] + reports + ["--format", "json"] + extra)
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    return try #require(json["suggestions"] as? [[String: Any]])
  }

  static func pair(_ item: [String: Any]) -> String {
    let s = item["suggestion"] as? [String: Any] ?? [:]
    return
      "\(s["firstLanguage"] ?? "") \(s["first"] ?? "") ↔ \(s["secondLanguage"] ?? "") \(s["second"] ?? "")"
  }

  @Test func jsonHasRankedPairsWithEvidence() throws {
    let list = try Self.suggestions()
    #expect(!list.isEmpty)
    #expect(list.map { $0["number"] as? Int } == Array(1...list.count).map { $0 })
    let pairs = list.map(Self.pair)
    #expect(pairs.contains("en Idlib ↔ fr Idleb"), "\(pairs)")
    #expect(pairs.contains("fr Idleb ↔ tr İdlib"), "\(pairs)")
    for item in list {
      let suggestion = try #require(item["suggestion"] as? [String: Any])
      let evidence = try #require(suggestion["evidence"] as? [[String: Any]])
      #expect(!evidence.isEmpty)
      #expect(evidence.allSatisfy { Self.reports.contains($0["firstReport"] as? String ?? "") })
    }
    let scores = list.compactMap { ($0["suggestion"] as? [String: Any])?["score"] as? Double }
    #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 })
  }

  @Test func pairsTheGlossaryHoldsAreLeftOut() throws {
    let before = try Self.suggestions().map(Self.pair)
    #expect(before.contains("en Idlib ↔ fr Idleb"))
    let after = try Self.suggestions(["--glossary", "Glossaries/places.tsv"]).map(Self.pair)
    #expect(!after.contains("en Idlib ↔ fr Idleb"), "\(after)")
    #expect(!after.contains("fr Idleb ↔ tr İdlib"), "\(after)")
    // Organizations are not in places.tsv: still suggested.
    #expect(after.contains { $0.contains("OTAN") && $0.contains("NATO") }, "\(after)")
  }

  @Test func textShowsNumberScoreKindAndEvidence() throws {
    let result = try CLI.run(["glossary", "suggest"] + Self.reports + ["--top", "3"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("1. ") == true)
    #expect(lines.filter { $0.first?.isNumber == true }.count == 3)
    #expect(lines.contains { $0.hasPrefix("     Corpus/") && $0.contains("¶") })
  }
}

/// `glossary suggest --accept`: chosen suggestions written through the safe glossary store.
@Suite struct GlossaryAcceptTests {
  @Test func acceptedSuggestionsJoinOrMakeConceptsAndAreThenLeftOut() throws {
    let path = try CLI.temporaryFile(
      "id\tfr\ten\ttr\tnote\nidlib\tIdleb\t\t\tprovince\n", name: "accepted.tsv")
    let before = try GlossarySuggestTests.suggestions(["--glossary", path]).map(
      GlossarySuggestTests.pair)
    let idlib = try #require(before.firstIndex(of: "fr Idleb ↔ tr İdlib"), "\(before)")
    let nato = try #require(
      before.firstIndex { $0.contains("OTAN") && $0.contains("NATO") }, "\(before)")
    let result = try CLI.run(
      ["glossary", "suggest"] + GlossarySuggestTests.reports
        + ["--glossary", path, "--accept", String(idlib + 1), String(nato + 1)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("term(s) added to concept 'idlib'"), "\(result.stderr)")
    #expect(result.stderr.contains("added concept '"), "\(result.stderr)")
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.contains("İdlib"))
    #expect(written.contains("OTAN") && written.contains("NATO"))
    #expect(written.hasPrefix("id\tfr\ten\ttr\tnote\n"))
    let after = try GlossarySuggestTests.suggestions(["--glossary", path]).map(
      GlossarySuggestTests.pair)
    #expect(!after.contains("fr Idleb ↔ tr İdlib"), "\(after)")
    #expect(!after.contains(before[nato]), "\(after)")
  }

  @Test func aReadOnlyGlossaryIsRefusedAndLeftUntouched() throws {
    let path = try CLI.temporaryFile("id\tfr\ten\tnote\n", name: "readonly.tsv")
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
    let result = try CLI.run(
      ["glossary", "suggest"] + GlossarySuggestTests.reports + ["--into", path, "--accept", "1"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error:"), "\(result.stderr)")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "id\tfr\ten\tnote\n")
  }

  @Test func acceptNeedsAGlossaryAndAValidNumber() throws {
    let none = try CLI.run(
      ["glossary", "suggest"] + GlossarySuggestTests.reports + ["--accept", "1"])
    #expect(none.status == 2)
    let path = try CLI.temporaryFile("id\tfr\ten\tnote\n", name: "g.tsv")
    let beyond = try CLI.run(
      ["glossary", "suggest"] + GlossarySuggestTests.reports + ["--into", path, "--accept", "999"])
    #expect(beyond.status != 0)
    #expect(beyond.stderr.contains("no suggestion 999"))
  }
}
