import ArgumentParser
import ParallaxExchange

/// `parallax glossary`: the glossary's commands.
struct GlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary",
    abstract: "Import and export glossaries in the translators' formats.",
    discussion: """
      Formats: tsv (the native table of Glossaries/), csv, omegat (OmegaT's tab-separated
      glossary, UTF-8), tbx2 (TBX v2, <martif>) and tbx3 (TBX v3, ISO 30042:2019, TBX-Basic).
      """,
    subcommands: [GlossaryExportCommand.self, GlossaryImportCommand.self]
  )
}

extension GlossaryFormat: ExpressibleByArgument {}

/// `--source-lang` and `--target-lang`: the two languages of a bilingual format (OmegaT);
/// for TBX the source is the document's language.
struct GlossaryLanguageOptions: ParsableArguments {
  @Option(
    name: .customLong("source-lang"),
    help: "Source language (OmegaT: the first column; TBX: the document's xml:lang).")
  var source: String?

  @Option(name: .customLong("target-lang"), help: "Target language (OmegaT: the second column).")
  var target: String?
}
