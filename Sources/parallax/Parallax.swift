import ArgumentParser
import Foundation

/// The `parallax` command: compare news reports across outlets, versions and languages.
@main
struct Parallax: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parallax",
    abstract: "Compare news reports across outlets, versions and languages.",
    discussion: """
      Examples:
        parallax list Corpus/
        parallax show Corpus/idleb-2020-02/fr-quotidien.txt
        parallax show feed.xml#3 --format json
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
