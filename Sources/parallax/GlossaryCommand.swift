import ArgumentParser

/// `parallax glossary`: read and write the multilingual glossaries.
struct GlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary",
    abstract:
      "Look up, edit, import and export glossaries (the TSV files of Glossaries/); suggest pairs.",
    discussion: """
      The format (one concept per row, a column per language, variants separated by ' | ', \
      statuses and notes) is described in Glossaries/README.md. Every write is atomic, under \
      a lock on the sidecar file .NAME.tsv.lock, and refuses a read-only glossary. Import and \
      export formats: tsv (native), csv, omegat (OmegaT's tab-separated glossary, UTF-8), \
      tbx2 (TBX v2, <martif>) and tbx3 (TBX v3, ISO 30042:2019, TBX-Basic).

      Examples:
        parallax glossary lookup "d’Idleb"
        parallax glossary lookup "в Идлибе" --lang ru --format json
        parallax glossary add --glossary terms.tsv --term "fr=Idleb" --term "en=Idlib"
        parallax glossary export Glossaries/places.tsv --format tbx3 -o places.tbx
        parallax glossary import terms.tbx --into Glossaries/places.tsv
        parallax glossary suggest Corpus/idleb-2020-02 --glossary Glossaries/places.tsv
      """,
    subcommands: [
      GlossaryLookupCommand.self, GlossaryAddCommand.self, GlossaryExportCommand.self,
      GlossaryImportCommand.self, GlossarySuggestCommand.self,
    ]
  )
}
