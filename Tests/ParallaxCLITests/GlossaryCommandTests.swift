import Foundation
import Testing

/// `parallax glossary lookup|add`, run as a user would, with writers killed and raced.
@Suite struct GlossaryCommandTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let shipped = root.appendingPathComponent("Glossaries").path

  @Test(
    "Inflected and elided forms find their concept",
    arguments: [
      ("d'Idleb", "idlib"), ("d’Idleb", "idlib"), ("İdlib'de", "idlib"), ("بإدلب", "idlib"),
      ("в Идлибе", "idlib"), ("IDLEB", "idlib"), ("Эрдогана", "erdogan"), ("osdh", "sohr"),
    ])
  func lookupFindsInflectedForms(_ term: String, _ concept: String) throws {
    let result = try CLI.run(["glossary", "lookup", term, "--glossary", Self.shipped])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix(concept + " "), "\(term): \(result.stdout)")
  }

  @Test func lookupInJSONShowsStatusesAndNotes() throws {
    let file = try CLI.temporaryFile(
      "id\ten\tfr\nx\tGood | Bad [forbidden: slanted]\tBon\n", name: "g.tsv")
    let result = try CLI.run(["glossary", "lookup", "bad", "--glossary", file, "--format", "json"])
    #expect(result.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let concepts = try #require(json["concepts"] as? [[String: Any]])
    #expect(concepts.first?["id"] as? String == "x")
    let english = try #require(
      (concepts.first?["terms"] as? [String: Any])?["en"] as? [[String: Any]])
    #expect(english.map { $0["status"] as? String } == ["preferred", "forbidden"])
    #expect(english.last?["note"] as? String == "slanted")
  }

  @Test func lookupOfAnUnknownTermExitsOne() throws {
    let result = try CLI.run(["glossary", "lookup", "Zyxwv", "--glossary", Self.shipped])
    #expect(result.status == 1)
    #expect(result.stderr.contains("no concept matches"))
  }

  @Test func addCreatesUpdatesAndKeepsComments() throws {
    let file = try CLI.temporaryFile(
      "# my terms\nid\ten\tfr\tnote\nidlib\tIdlib\tIdleb\t\n", name: "t.tsv")
    var result = try CLI.run([
      "glossary", "add", "--glossary", file, "--term", "en=Aleppo", "--term", "fr=Alep",
      "--term", "fr=Halab [forbidden: old spelling]", "--concept-note", "city",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    result = try CLI.run([
      "glossary", "add", "--glossary", file, "--id", "idlib", "--term", "en=Idleb",
      "--status", "admitted",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(
      text == """
        # my terms
        id\ten\tfr\tnote
        idlib\tIdlib | Idleb\tIdleb\t
        aleppo\tAleppo\tAlep | Halab [forbidden: old spelling]\tcity

        """)
  }

  @Test func addToAReadOnlyGlossaryIsAClearErrorAndTheFileIsUntouched() throws {
    let original = "id\ten\nx\tX\n"
    let file = try CLI.temporaryFile(original, name: "ro.tsv")
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
    let result = try CLI.run(["glossary", "add", "--glossary", file, "--term", "en=Y"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("ro.tsv: error: cannot write glossary: the file is read-only"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
  }

  @Test func aWrongColumnCountIsALocatedErrorAndTheRestLoads() throws {
    let file = try CLI.temporaryFile("id\ten\tfr\nx\tX\tX\textra\ny\tYpsilon\tY\n", name: "b.tsv")
    let result = try CLI.run(["glossary", "lookup", "ypsilon", "--glossary", file])
    #expect(result.status == 0)
    #expect(result.stderr.contains("b.tsv:2:7: error: row 'x' has 4 cells for 3 columns"))
    #expect(result.stdout.hasPrefix("y"))
  }

  /// A glossary big enough that writing it takes a while, so kills land mid-write.
  static func bigGlossary(_ concepts: Int) -> String {
    var text = "id\ten\tfr\tde\n"
    for number in 0..<concepts {
      text +=
        "c\(number)\tConcept number \(number) | C\(number)\tConcept numéro \(number)\t"
        + "Begriff Nummer \(number)\n"
    }
    return text
  }

  @Test func aKilledWriterNeverLeavesAHalfWrittenGlossary() throws {
    let concepts = 20_000
    let file = try CLI.temporaryFile(Self.bigGlossary(concepts), name: "big.tsv")
    let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    // How long one add takes, to kill the next ones at points through it.
    let start = Date()
    _ = try CLI.run(["glossary", "add", "--glossary", file, "--id", "timed", "--term", "en=T"])
    let duration = Date().timeIntervalSince(start)
    var expected = concepts + 1
    var killedBeforeEnd = 0
    for attempt in 0..<8 {
      let process = Process()
      process.executableURL = CLI.executable
      process.arguments = [
        "glossary", "add", "--glossary", file, "--id", "k\(attempt)", "--term", "en=K\(attempt)",
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32(duration * 1_000_000 * Double(attempt + 1) / 9))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if process.terminationReason == .uncaughtSignal { killedBeforeEnd += 1 }
      let text = try String(contentsOfFile: file, encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(text.hasSuffix("\n"), "attempt \(attempt): the file is cut")
      let rows = lines.count - 2
      #expect(rows == expected || rows == expected + 1, "attempt \(attempt): \(rows) rows")
      if rows == expected + 1 { expected += 1 }
      #expect(
        lines.dropFirst().dropLast().allSatisfy {
          $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4
        })
    }
    #expect(killedBeforeEnd > 0, "no writer was killed before it finished")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    // A last write clears what killed writers left.
    _ = try CLI.run(["glossary", "add", "--glossary", file, "--id", "last", "--term", "en=L"])
    let after = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(after == [".big.tsv.lock", "big.tsv"], "before the last write: \(names.sorted())")
  }

  @Test func racingWritersLoseNoEntry() throws {
    let file = try CLI.temporaryFile(Self.bigGlossary(5_000), name: "race.tsv")
    var processes: [Process] = []
    for writer in 0..<2 {
      let process = Process()
      process.executableURL = CLI.executable
      // Each writer adds its concepts one after another, racing the other.
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      let commands = (0..<6).map { number in
        "'\(CLI.executable.path)' glossary add --glossary '\(file)' --id w\(writer)-\(number) --term en=W\(writer)x\(number) >/dev/null"
      }
      process.arguments = ["-c", commands.joined(separator: " && ")]
      try process.run()
      processes.append(process)
    }
    for process in processes {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let text = try String(contentsOfFile: file, encoding: .utf8)
    for writer in 0..<2 {
      for number in 0..<6 {
        #expect(text.contains("\nw\(writer)-\(number)\t"), "w\(writer)-\(number) was lost")
      }
    }
    #expect(text.split(separator: "\n").count == 1 + 5_000 + 12)
  }
}
