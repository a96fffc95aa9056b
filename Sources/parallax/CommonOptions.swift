import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxRender

/// How a report is written out.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case markdown
  case html
  case json

  /// The renderer's format.
  var format: RenderFormat {
    switch self {
    case .text: .text
    case .markdown: .markdown
    case .html: .html
    case .json: .json
    }
  }
}

/// When terminal output is coloured.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  /// On a terminal, unless `NO_COLOR` is set.
  case auto
  case always
  case never

  /// The renderer's choice.
  var choice: TerminalStyle.Choice {
    switch self {
    case .auto: .auto
    case .always: .always
    case .never: .never
    }
  }
}

/// Options every subcommand that reads reports shares.
struct InputOptions: ParsableArguments {
  @Option(help: "Use this language for every input instead of declared or identified ones.")
  var lang: String?

  func validate() throws {
    if let lang, LanguageTag.normalize(lang) == nil {
      throw ValidationError("--lang '\(lang)' is not a language tag (fr, en-GB, tr, …)")
    }
  }

  /// The loader configured by these options.
  var loader: ReportLoader { ReportLoader(options: .init(languageOverride: lang)) }
}

/// Where output goes.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .shortAndLong,
    help: "Write the output to this file (atomically) instead of standard output.")
  var output: String?

  @Option(
    help: "Colour: auto (on a terminal only, and not when NO_COLOR is set), always or never.")
  var color: ColorChoice = .auto

  /// The style of text output: ANSI colours when `--color`, the terminal and `NO_COLOR`
  /// allow them.
  var style: TerminalStyle {
    TerminalStyle(
      color.choice, isTerminal: output == nil && isatty(1) == 1,
      environment: ProcessInfo.processInfo.environment)
  }

  /// Opens the output stream these options name.
  func open() throws -> OutputStream {
    if let output { return try OutputStream(file: output) }
    return OutputStream()
  }
}

/// Shows how far a long run has come, on standard error when it is a terminal only.
struct Progress {
  private let enabled = StandardError.isTerminal
  private var count = 0

  /// Counts one report; redraws every 500.
  mutating func tick() {
    count += 1
    if enabled, count % 500 == 0 { StandardError.write("\r\(count) reports…") }
  }

  /// Clears the line.
  func finish() {
    if enabled, count >= 500 { StandardError.write("\r\u{1B}[K") }
  }
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
