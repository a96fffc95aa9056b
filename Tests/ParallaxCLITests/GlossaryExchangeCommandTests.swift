import Foundation
import Testing

/// `parallax glossary export` and `import`, run as the built binary.
@Suite("parallax glossary export and import")
struct GlossaryExchangeCommandTests {
  static let sample = """
    # Places and organizations (written for these tests).
    id\tfr\ten\ttr\tar\tnote
    idlib\tIdleb | Idlib\tIdlib | Idleb\tİdlib\tإدلب\tprovince of north-western Syria
    sohr\tOSDH\tSOHR | Syrian Observatory for Human Rights [admitted: first mention]\tSOHR\tالمرصد السوري
    government\tgouvernement syrien | régime de Damas [forbidden]\tSyrian government\t\t
    """

  /// A new folder holding `sample.tsv`; returns the folder.
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-glossary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(sample.utf8).write(to: folder.appendingPathComponent("sample.tsv"))
    return folder
  }

  /// The rows of a native glossary file, comments and blank lines left out.
  static func rows(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
      .filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
  }

  @Test("export to TBX v2 and v3, CSV and TSV, then import into a new glossary: the same rows")
  func roundTrips() throws {
    let folder = try Self.folder()
    let sample = folder.appendingPathComponent("sample.tsv").path
    // The reference: the sample as the native writer writes it (a note cell on every row).
    let reference = folder.appendingPathComponent("reference.tsv").path
    let written = try CLI.run(["glossary", "export", sample, "--format", "tsv", "-o", reference])
    #expect(written.status == 0, "\(written.stderr)")
    #expect(try Self.rows(reference).count == 4)
    for (format, ext) in [("tbx2", "tbx"), ("tbx3", "tbx"), ("csv", "csv"), ("tsv", "tsv")] {
      let exported = folder.appendingPathComponent("out-\(format).\(ext)").path
      let export = try CLI.run(["glossary", "export", sample, "--format", format, "-o", exported])
      #expect(export.status == 0, "\(format): \(export.stderr)")
      #expect(export.stdout.isEmpty)
      let copy = folder.appendingPathComponent("copy-\(format).tsv").path
      let result = try CLI.run(["glossary", "import", exported, "--into", copy])
      #expect(result.status == 0, "\(format): \(result.stderr)")
      #expect(result.stderr.contains("note: read as"), "\(format): \(result.stderr)")
      #expect(result.stderr.contains("3 concept(s) added, 0 merged"), "\(format): \(result.stderr)")
      #expect(try Self.rows(copy) == Self.rows(reference), "\(format)")
    }
    let tbx = try String(
      contentsOfFile: folder.appendingPathComponent("out-tbx3.tbx").path, encoding: .utf8)
    #expect(tbx.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\""))
    #expect(tbx.contains("deprecatedTerm-admn-sts"))
  }

  @Test("OmegaT: export needs the two languages; the tags are read in any case")
  func omegat() throws {
    let folder = try Self.folder()
    let sample = folder.appendingPathComponent("sample.tsv").path
    let refused = try CLI.run(["glossary", "export", sample, "--format", "omegat"])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("--source-lang"))
    let result = try CLI.run([
      "glossary", "export", sample, "--format", "omegat", "--source-lang", "FR",
      "--target-lang", "En",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Idleb\tIdlib\tprovince of north-western Syria\n"))
    #expect(!result.stdout.contains("régime de Damas"))
    #expect(result.stderr.contains("1 forbidden term(s) left out"))
    let omegat = folder.appendingPathComponent("omegat.txt").path
    try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: omegat))
    let target = folder.appendingPathComponent("from-omegat.tsv").path
    let imported = try CLI.run([
      "glossary", "import", omegat, "--into", target, "--source-lang", "fR", "--target-lang",
      "EN-us",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stderr.contains("read as OmegaT glossary (extension .txt)"))
    #expect(try Self.rows(target).first == "id\tfr\ten-us\tnote")
  }

  @Test("a CSV row with a wrong column count: located error, the rest imported, exit 1")
  func badCSV() throws {
    let folder = try Self.folder()
    let sample = folder.appendingPathComponent("sample.tsv").path
    let csv = folder.appendingPathComponent("terms.csv").path
    try Data("id,FR,en\naleppo,Alep,Aleppo\nbad,one,two,three\n,Homs,Homs\n".utf8)
      .write(to: URL(fileURLWithPath: csv))
    let result = try CLI.run(["glossary", "import", csv, "--into", sample])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(csv):3:1: error: CSV row has 4 fields for 3 columns"))
    #expect(result.stderr.contains("2 concept(s) added, 0 merged"), "\(result.stderr)")
    let rows = try Self.rows(sample)
    #expect(rows.contains("aleppo\tAlep\tAleppo\t\t\t"))
    #expect(rows.contains("homs\tHoms\tHoms\t\t\t"))
    #expect(rows.count == 6)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(Set(names) == ["sample.tsv", "terms.csv", ".sample.tsv.lock"], "\(names)")
  }

  @Test("a TBX that is not TBX, or not XML: located error, the glossary untouched, exit 1")
  func notTBX() throws {
    let folder = try Self.folder()
    let sample = folder.appendingPathComponent("sample.tsv").path
    let before = try Data(contentsOf: URL(fileURLWithPath: sample))
    let html = folder.appendingPathComponent("page.tbx").path
    try Data("<!DOCTYPE html>\n<html><body>terms</body></html>\n".utf8)
      .write(to: URL(fileURLWithPath: html))
    let result = try CLI.run(["glossary", "import", html, "--into", sample])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(html):2:1: error: not TBX: the root element is <html>"))
    #expect(result.stderr.contains("nothing read; the glossary is unchanged"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: sample)) == before)
  }

  @Test("XML broken halfway: the entries before the error imported, the error located")
  func brokenTBX() throws {
    let folder = try Self.folder()
    let target = folder.appendingPathComponent("new.tsv").path
    let tbx = folder.appendingPathComponent("broken.tbx").path
    try Data(
      """
      <?xml version="1.0"?>
      <martif type="TBX" xml:lang="en"><text><body>
      <termEntry id="homs"><langSet xml:lang="en"><tig><term>Homs</term></tig></langSet></termEntry>
      <termEntry id="hama"><langSet xml:lang="en"><tig><term>Hama</term></tig></langSet>
      <termEntry id="x"><langSet xml:lang="en"><tig><term>a <b> c</term></tig></langSet></termEntry>
      </body></text></martif>
      """.utf8
    ).write(to: URL(fileURLWithPath: tbx))
    let result = try CLI.run(["glossary", "import", tbx, "--into", target])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(tbx):5:"), "\(result.stderr)")
    #expect(result.stderr.contains("error: not well-formed XML"))
    #expect(try Self.rows(target).contains("homs\tHoms"))
  }

  @Test("a read-only glossary is refused and left as it was")
  func readOnly() throws {
    let folder = try Self.folder()
    let sample = folder.appendingPathComponent("sample.tsv").path
    let csv = folder.appendingPathComponent("terms.csv").path
    try Data("id,fr,en\naleppo,Alep,Aleppo\n".utf8).write(to: URL(fileURLWithPath: csv))
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: sample)
    let before = try Data(contentsOf: URL(fileURLWithPath: sample))
    let result = try CLI.run(["glossary", "import", csv, "--into", sample])
    #expect(result.status == 1)
    #expect(result.stderr.contains("cannot write glossary"), "\(result.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: sample)) == before)
  }
}
