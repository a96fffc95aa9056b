import ArgumentParser
import ParallaxExchange

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

extension GlossaryFormat: ExpressibleByArgument {}
