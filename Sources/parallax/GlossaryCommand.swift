import ArgumentParser

/// `parallax glossary`: the term lists translators and editors keep.
struct GlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary",
    abstract: "Glossaries: suggest term pairs from aligned reports.",
    subcommands: [GlossarySuggestCommand.self]
  )
}
