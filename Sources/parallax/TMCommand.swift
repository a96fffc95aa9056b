import ArgumentParser
import Foundation
import ParallaxAlign
import ParallaxCorpus
import ParallaxExchange
import ParallaxRender

/// `parallax tm`: translation memories (TMX 1.4b) made from aligned reports, and read back.
struct TMCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tm",
    abstract: "Export aligned translations as a TMX translation memory, or import one.",
    subcommands: [TMExportCommand.self, TMImportCommand.self]
  )
}

/// `parallax tm export FOLDER… [-o FILE]`.
struct TMExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a TMX 1.4b memory of the translations among the reports given.",
    discussion: """
      Every two reports in two languages are aligned (mode auto); the pairs the aligner finds \
      parallel (a translation) give one <tu> per aligned pair of units, with the score, the \
      outlets and the dates as <prop>s. Comparable pairs (two outlets' own reports) are \
      skipped with a note saying why.

      Examples:
        parallax tm export Corpus/idleb-2020-02 Corpus/translations/idleb-2020-02 -o idleb.tmx
        parallax tm export Corpus/ --unit sentence --srclang fr
      """
  )

  /// What a unit is.
  enum Unit: String, ExpressibleByArgument, CaseIterable {
    case paragraph
    case sentence
  }

  @Argument(help: "Report files or folders (searched recursively).")
  var inputs: [String]

  @Option(help: "Units: paragraph (default) or sentence.")
  var unit: Unit = .paragraph

  @Option(help: "Only pairs with one side in this language, which is then the source.")
  var srclang: String?

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let loaded = input.loader.load(inputs)
    var diagnostics = loaded.diagnostics
    let reports = loaded.reports
    var units: [TranslationMemory.Unit] = []
    let kind: AlignmentUnit = unit == .sentence ? .sentence : .paragraph
    let aligner = Aligner()
    let language = { (report: Report) in MemoryExport.primary(report.language?.code ?? "und") }
    let wanted = srclang.map(MemoryExport.primary)
    for (i, x) in reports.enumerated() {
      for y in reports[(i + 1)...] {
        guard language(x) != language(y), language(x) != "und", language(y) != "und" else {
          continue
        }
        var (a, b) = (x, y)
        if let wanted {
          if language(y) == wanted { (a, b) = (y, x) } else if language(x) != wanted { continue }
        }
        let alignment = MemoryExport.align(aligner, a, b, unit: kind)
        if alignment.decision.mode != .parallel {
          diagnostics.append(
            Diagnostic(
              .note, SourceLocation(path: a.id),
              "skipped against \(b.id): \(alignment.decision.reason)"))
          continue
        }
        units += MemoryExport.units(
          alignment.links.map { ($0.first, $0.second, $0.score) },
          MemoryExport.Side(
            name: a.id, language: a.language?.code ?? "und", units: kind.texts(of: a), report: a),
          MemoryExport.Side(
            name: b.id, language: b.language?.code ?? "und", units: kind.texts(of: b), report: b),
          unit: unit.rawValue)
      }
    }
    if units.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: inputs.joined(separator: ", ")),
          "no parallel alignment among \(reports.count) reports: the memory is empty"))
    }
    let stream = try output.open()
    stream.write(TMXWriter.write(MemoryExport.memory(units, segmentType: unit.rawValue)))
    try stream.commit()
    DiagnosticPrinter.emit(diagnostics)
    let code = DiagnosticPrinter.exitCode(for: diagnostics)
    if code != .success { throw code }
  }
}

/// `parallax tm import FILE…`: what a memory holds, and the word pairs it teaches.
struct TMImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read TMX memories: their units and the word pairs they teach the aligner.",
    discussion: """
      Reads TMX 1.4b (UTF-8 or UTF-16, language tags in any case); a memory whose header has \
      no srclang is refused with a located error. --lexicon prints the word pairs the \
      aligner's lexicon learner finds in each language pair's segments (what `align --tm` \
      and `glossary suggest --tm` use).

      Examples:
        parallax tm import idleb.tmx
        parallax tm import idleb.tmx --lexicon --format json
      """
  )

  /// Text or JSON.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }

  @Argument(help: "TMX files.")
  var files: [String]

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Flag(help: "Print the word pairs learnt from each language pair's segments.")
  var lexicon = false

  @OptionGroup var output: OutputOptions

  private struct Memory: Encodable {
    var path: String
    var sourceLanguage: String?
    var units: [MemoryUnit]
    var lexicon: [String: [LexiconEntry]]?
  }

  private struct MemoryUnit: Encodable {
    var id: String
    var sourceLanguage: String?
    var source: String
    var targetLanguage: String?
    var target: String?
  }

  func run() throws {
    var diagnostics: [Diagnostic] = []
    let documents = MemoryInput.load(files, &diagnostics)
    let memories = documents.map { document in
      Memory(
        path: document.path, sourceLanguage: document.sourceLanguage,
        units: document.segments.map {
          MemoryUnit(
            id: $0.id, sourceLanguage: $0.sourceLanguage, source: $0.source,
            targetLanguage: $0.targetLanguage, target: $0.target)
        },
        lexicon: lexicon ? Self.lexicons(document) : nil)
    }
    let stream = try output.open()
    switch format {
    case .json: stream.write(JSONRendering.encode(memories) + "\n")
    case .text:
      for memory in memories {
        stream.write(
          "\(memory.path): \(memory.units.count) units, srclang \(memory.sourceLanguage ?? "*all*")\n"
        )
        for unit in memory.units {
          stream.write(
            "\(unit.id)\t\(unit.sourceLanguage ?? "?")\t\(unit.source)\t"
              + "\(unit.targetLanguage ?? "?")\t\(unit.target ?? "")\n")
        }
        for (pair, entries) in (memory.lexicon ?? [:]).sorted(by: { $0.key < $1.key }) {
          stream.write("lexicon \(pair): \(entries.count) pairs\n")
          for entry in entries {
            stream.write(
              "  \(entry.source)\t\(entry.target)\t" + String(format: "%.3f", entry.score)
                + "\t\(entry.count)\n")
          }
        }
      }
    }
    try stream.commit()
    DiagnosticPrinter.emit(diagnostics)
    let code = DiagnosticPrinter.exitCode(for: diagnostics)
    if code != .success { throw code }
  }

  /// The word pairs of each language pair (`fr → en`) the document holds.
  private static func lexicons(_ document: BilingualDocument) -> [String: [LexiconEntry]] {
    var pairs = Set<[String]>()
    for segment in document.segments {
      if let a = segment.sourceLanguage, let b = segment.targetLanguage { pairs.insert([a, b]) }
    }
    var result: [String: [LexiconEntry]] = [:]
    for pair in pairs {
      result["\(pair[0]) → \(pair[1])"] = MemoryInput.lexicon(
        [document], source: pair[0], target: pair[1])
    }
    return result
  }
}
