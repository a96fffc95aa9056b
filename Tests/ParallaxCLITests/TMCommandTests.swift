import Foundation
import ParallaxTestSupport
import Testing

/// Translation memories end to end: `align --format tmx` on a translation and its refusal on
/// two outlets' reports, `tm export` of the Corpus translations, `tm import` (and its
/// located error), `align --tm`, and translate-toolkit reading what we write.
@Suite struct TMCommandTests {
  static let echo = "Corpus/idleb-2020-02/fr-echo.txt"
  static let echoEnglish = "Corpus/translations/idleb-2020-02/en-from-fr-echo.txt"

  @Test func alignWritesOneUnitPerParallelLinkWithItsProperties() throws {
    let result = try CLI.run(["align", Self.echo, Self.echoEnglish, "--format", "tmx"])
    #expect(result.status == 0, "\(result.stderr)")
    let tmx = result.stdout
    #expect(tmx.contains("srclang=\"fr\"") && tmx.contains("segtype=\"paragraph\""))
    // The README's gold: ¶0↔¶0, ¶1↔¶1, ¶2↔¶2+3, ¶3↔¶4, ¶4↔¶5: five units.
    #expect(tmx.components(separatedBy: "<tu ").count - 1 == 5)
    #expect(tmx.contains("<prop type=\"x-parallax-units\">paragraph 2 → 2+3</prop>"))
    for property in ["score", "source-outlet", "target-outlet", "source-date", "target-date"] {
      #expect(tmx.contains("<prop type=\"x-parallax-\(property)\">"), "no \(property)")
    }
    #expect(tmx.contains("<tuv xml:lang=\"en\"><seg>Idlib: death toll of Turkish soldiers"))
  }

  @Test func alignRefusesAComparableAlignmentSayingWhy() throws {
    let result = try CLI.run(
      [
        "align", "Corpus/idleb-2020-02/fr-quotidien.txt", "Corpus/idleb-2020-02/en-wire.rss",
        "--format", "tmx",
      ])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("error: the alignment is comparable ("))
    #expect(result.stderr.contains("a translation memory holds only parallel alignments"))
  }

  @Test func sentenceUnitsGiveSentenceSegments() throws {
    let result = try CLI.run(
      ["align", Self.echo, Self.echoEnglish, "--format", "tmx", "--unit", "sentence"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("segtype=\"sentence\""))
    #expect(result.stdout.components(separatedBy: "<tu ").count - 1 >= 6)
  }

  static func exportCorpus() throws -> (path: String, stderr: String) {
    let path = try CLI.temporaryFile("", name: "corpus.tmx")
    let result = try CLI.run([
      "tm", "export", "Corpus/idleb-2020-02", "Corpus/translations/idleb-2020-02",
      "Corpus/helior-karayel-2025-06", "Corpus/translations/helior-karayel-2025-06", "-o", path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    return (path, result.stderr)
  }

  @Test func exportKeepsTheTranslationsAndSkipsTheOutletsPairsWithAReason() throws {
    let (path, stderr) = try Self.exportCorpus()
    let tmx = try String(contentsOfFile: path, encoding: .utf8)
    #expect(tmx.contains("srclang=\"*all*\""))
    var pairs = Set<String>()
    for unit in tmx.components(separatedBy: "<tu ").dropFirst() {
      let value = { (type: String) in
        unit.components(separatedBy: "<prop type=\"x-parallax-\(type)-report\">").dropFirst()
          .first?.components(separatedBy: "<").first ?? ""
      }
      pairs.insert(value("source") + " → " + value("target"))
    }
    let translated = [
      "Corpus/idleb-2020-02/fr-echo.txt → Corpus/translations/idleb-2020-02/en-from-fr-echo.txt",
      "Corpus/idleb-2020-02/fr-echo.txt → Corpus/translations/idleb-2020-02/de-from-fr-echo.txt",
      "Corpus/idleb-2020-02/fr-echo.txt → Corpus/translations/idleb-2020-02/tr-from-fr-echo.txt",
      "Corpus/helior-karayel-2025-06/ru-vestnik.txt → "
        + "Corpus/translations/helior-karayel-2025-06/en-from-ru-vestnik.txt",
      "Corpus/helior-karayel-2025-06/ru-vestnik.txt → "
        + "Corpus/translations/helior-karayel-2025-06/de-from-ru-vestnik.txt",
    ]
    for pair in translated { #expect(pairs.contains(pair), "missing \(pair)") }
    // Every exported pair is a translation (one of the two is in translations/).
    #expect(pairs.allSatisfy { $0.contains("translations/") }, "\(pairs.sorted())")
    #expect(stderr.contains("note: skipped against"))
    #expect(stderr.contains(": comparable: "))
  }

  @Test func importReadsTheExportAndTeachesWordPairs() throws {
    let (path, _) = try Self.exportCorpus()
    let result = try CLI.run(["tm", "import", path, "--lexicon", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let units = try #require(json.first?["units"] as? [[String: Any]])
    #expect(units.count >= 25)
    #expect(
      units.contains {
        $0["sourceLanguage"] as? String == "ru" && $0["targetLanguage"] as? String == "de"
      })
    let lexicon = try #require(json.first?["lexicon"] as? [String: [[String: Any]]])
    let french = try #require(lexicon["fr → en"])
    #expect(
      french.contains {
        $0["source"] as? String == "soldats" && $0["target"] as? String == "soldiers"
      })
  }

  @Test func importRefusesAMemoryWithoutSourceLanguageWithItsLocation() throws {
    let path = try CLI.temporaryFile(
      "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"x\" "
        + "segtype=\"sentence\"/>\n<body/></tmx>\n", name: "nosrc.tmx")
    let result = try CLI.run(["tm", "import", path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("nosrc.tmx:3:1: error: TMX header without srclang"))
  }

  @Test func alignLearnsFromAMemory() throws {
    let (path, _) = try Self.exportCorpus()
    let result = try CLI.run(
      [
        "align", Self.echo, Self.echoEnglish, "--mode", "parallel", "--format", "json", "--tm",
        path, "--no-dictionary",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let plain = try CLI.run(
      [
        "align", Self.echo, Self.echoEnglish, "--mode", "parallel", "--format", "json",
        "--no-dictionary",
      ])
    // Without the memory this short pair teaches the aligner nothing; with it the beads
    // cite the memory's word pairs.
    #expect(!plain.stdout.contains("\"learned\""))
    #expect(plain.stdout.contains("\"lexiconSize\" : 0"))
    #expect(result.stdout.contains("\"learned\""))
    #expect(!result.stdout.contains("\"lexiconSize\" : 0"))
    let missing = try CLI.run(
      ["align", Self.echo, Self.echoEnglish, "--tm", "/nonexistent/memory.tmx"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("/nonexistent/memory.tmx: error: cannot read"))
  }

  @Test func translateToolkitReadsOurTMX() throws {
    let hostile = try CLI.temporaryFile(
      "title: <b>Bold</b> & \"quoted\" ]]> title\nlang: fr\n\n"
        + "Premier paragraphe <seg>avec</seg> du balisage &amp; des entités.\n\n"
        + "Deuxième paragraphe <bpt i=\"1\">code</bpt> ici.\n\n"
        + "Troisième paragraphe, tout simple, avec 22 soldats.\n",
      name: "fr.txt")
    let english = try CLI.temporaryFile(
      "title: <b>Bold</b> & \"quoted\" ]]> title\nlang: en\n\n"
        + "First paragraph <seg>with</seg> markup &amp; entities.\n\n"
        + "Second paragraph <bpt i=\"1\">code</bpt> here.\n\n"
        + "Third paragraph, quite plain, with 22 soldiers.\n",
      name: "en.txt")
    let tmxPath = try CLI.temporaryFile("", name: "hostile.tmx")
    let written = try CLI.run(
      ["align", hostile, english, "--mode", "parallel", "--format", "tmx", "-o", tmxPath])
    #expect(written.status == 0, "\(written.stderr)")
    let (corpus, _) = try Self.exportCorpus()
    for path in [tmxPath, corpus] {
      let ours = try CLI.run(["tm", "import", path, "--format", "json"])
      let mine = try #require(
        try JSONSerialization.jsonObject(with: Data(ours.stdout.utf8)) as? [[String: Any]])
      let units = try #require(mine.first?["units"] as? [[String: Any]])
      let checked = try PythonCheckers.run(script: "tmx_check.py", [path])
      #expect(checked.status == 0, "translate-toolkit failed: \(checked.stderr)")
      let theirs = try #require(
        try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [String: Any])
      let read = try #require(theirs["units"] as? [[String: String]])
      print(
        "translate-toolkit read \(read.count) units of \(path.split(separator: "/").last ?? "")")
      #expect(read.count == units.count)
      for (a, b) in zip(read, units) {
        #expect(a["source"] == b["source"] as? String)
        #expect(a["target"] == b["target"] as? String)
      }
      #expect(theirs["srclang"] as? String != nil)
    }
    let tmx = try String(contentsOfFile: tmxPath, encoding: .utf8)
    #expect(tmx.contains("&lt;seg&gt;avec&lt;/seg&gt;"))
    #expect(!tmx.contains("<seg>avec") && !tmx.contains("<bpt"))
  }
}
