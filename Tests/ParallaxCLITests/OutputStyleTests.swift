import Foundation
import Testing

/// `--format markdown` and `--color`: the shared habits of every report-printing command.
@Suite struct OutputStyleTests {
  static let sample = """
    title Dock strike

    At least 40 dock workers walked out on Monday in Lisbon, the union said. Pay | hours *rose*.
    """

  @Test func colourOnlyWhenAskedOrOnATerminal() throws {
    let path = try CLI.temporaryFile(Self.sample)
    for command in ["facts", "show", "list"] {
      let piped = try CLI.run([command, path])
      #expect(piped.status == 0, "\(piped.stderr)")
      #expect(!piped.stdout.contains("\u{1B}["), "\(command): no colour in a pipe")
      let forced = try CLI.run([command, path, "--color", "always"])
      #expect(forced.stdout.contains("\u{1B}["), "\(command) --color always")
      let never = try CLI.run([command, path, "--color", "never"])
      #expect(never.stdout == piped.stdout)
    }
    let facts = try CLI.run(["facts", path, "--color", "always"])
    #expect(facts.stdout.contains("\u{1B}[1;33m[At least 40]\u{1B}[0m"))
  }

  @Test func factsAsMarkdownMarkEvidenceAndListEveryFact() throws {
    let path = try CLI.temporaryFile(Self.sample)
    let result = try CLI.run(["facts", path, "--format", "markdown"])
    #expect(result.status == 0, "\(result.stderr)")
    let out = result.stdout
    #expect(out.contains("**At least 40** dock workers"))
    #expect(out.contains("Pay \\| hours \\*rose\\*"), "Markdown characters of the text escaped")
    #expect(out.contains("| id | fact | what | evidence | range | source |"))
    #expect(out.contains("| p1.f0 | figure | ≥ 40"))
    #expect(out.contains("the union"))
    #expect(out.contains("| date | "))
  }

  @Test func listAsMarkdownIsOneTable() throws {
    let first = try CLI.temporaryFile(Self.sample, name: "a.txt")
    let second = try CLI.temporaryFile(Self.sample, name: "b.txt")
    let result = try CLI.run(["list", first, second, "--format", "markdown"])
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 4, "\(result.stdout)")
    #expect(lines.first?.hasPrefix("| id | language |") == true)
    #expect(lines.dropFirst(2).allSatisfy { $0.hasPrefix("| `") && $0.hasSuffix(" |") })
  }

  @Test func showAsMarkdownHasTitleAndNumberedParagraphs() throws {
    let path = try CLI.temporaryFile(Self.sample)
    let result = try CLI.run(["show", path, "--format", "markdown"])
    #expect(result.stdout.hasPrefix("## Dock strike\n"))
    #expect(result.stdout.contains("**¶0** **Dock strike**"))
    #expect(result.stdout.contains("**¶1** At least 40 dock workers"))
  }

  @Test func factsAsHTMLIsOneSelfContainedPageWithEvidence() throws {
    let path = try CLI.temporaryFile(Self.sample + "\n\nThe <b> tag & \"quotes\" stay text.\n")
    let result = try CLI.run(["facts", path, path, "--format", "html"])
    #expect(result.status == 0, "\(result.stderr)")
    let page = result.stdout
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.hasSuffix("</html>\n"))
    #expect(page.components(separatedBy: "<html").count == 2, "one page for two reports")
    #expect(page.components(separatedBy: "<section>").count == 3)
    #expect(!page.contains("<script"), "no script")
    #expect(!page.contains("http://") && !page.contains("https://"), "nothing fetched")
    #expect(page.contains("<span class=\"fig\" title=\"≥ 40"))
    #expect(page.contains("At least 40</span> dock workers"))
    #expect(page.contains("The &lt;b&gt; tag &amp; &quot;quotes&quot; stay text."))
    #expect(page.contains("<td class=\"r\">"))
  }

  @Test func listAsHTMLIsOneTable() throws {
    let path = try CLI.temporaryFile(Self.sample)
    let result = try CLI.run(["list", path, path, "--format", "html"])
    #expect(result.stdout.components(separatedBy: "<table>").count == 2)
    #expect(result.stdout.components(separatedBy: "<tr>").count == 4)
    #expect(result.stdout.contains("</table>\n</main>"))
  }
}
