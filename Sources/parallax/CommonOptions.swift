import ArgumentParser
import ParallaxCorpus

/// How a report is written out.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}

/// Options every subcommand that reads reports shares.
struct InputOptions: ParsableArguments {
  @Option(help: "Use this language for every input instead of declared or identified ones.")
  var lang: String?

  /// The loader configured by these options.
  var loader: ReportLoader { ReportLoader(options: .init(languageOverride: lang)) }
}

/// Prints diagnostics to standard error and turns them into the exit status.
enum DiagnosticPrinter {
  static func emit(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
      StandardError.write(diagnostic.description + "\n")
    }
  }

  /// Exit 1 when an input had errors, else success.
  static func exitCode(for diagnostics: [Diagnostic]) -> ExitCode {
    diagnostics.contains { $0.severity == .error } ? ExitCode(1) : .success
  }
}
