import ArgumentParser
import Foundation

/// The `parallax` command: compare news reports across outlets, versions and languages.
@main
struct Parallax: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parallax",
    abstract: "Compare news reports across outlets, versions and languages.",
    discussion: """
      Start with diff (many reports of one story), compare (two reports side by side) or \
      check (a translation against its source).

      Examples:
        parallax diff Corpus/idleb-2020-02/
        parallax compare fr-quotidien.txt en-wire.rss#0
        parallax check fr-echo.txt en-from-fr-echo.txt --glossary terms.tsv
        parallax glossary suggest Corpus/helior-karayel-2025-06/
        parallax list Corpus/
      """,
    subcommands: [
      ListCommand.self, ShowCommand.self, FactsCommand.self, DiffCommand.self, CompareCommand.self,
      AlignCommand.self,
      CheckCommand.self, TMCommand.self, GlossaryCommand.self,
    ]
  )

  /// Runs the command; usage errors exit with status 2, as CLI.md says, not 64.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as OutputError {
      // The output could not be written: a located message, exit 1 (the work was done).
      StandardError.write(error.description + "\n")
      Foundation.exit(1)
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        StandardError.write(fullMessage(for: error) + "\n")
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
