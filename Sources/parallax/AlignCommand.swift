import ArgumentParser
import Foundation
import ParallaxAlign
import ParallaxCorpus
import ParallaxExchange
import ParallaxFacts

/// `parallax align`: which units of one text translate which units of another.
struct AlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract:
      "Align the paragraphs, sentences or lines of two texts (parallel, comparable or auto).",
    discussion: """
      Beads are groups of up to four units a side. --format beads writes one per line, \
      '[0, 1]:[2]:0.83' (source indices, target indices, score), '[]:[5]:0.00' for a unit \
      with no counterpart: the format vecalign writes and ../shared/bench scores. \
      Bilingual dictionaries (FreeDict, dictd format) are read from --dictionary DIR, else \
      from /usr/share/dictd when it holds one for the pair; --no-dictionary turns them off.

      Examples:
        parallax align --unit line --format beads dev.de dev.fr
        parallax align Corpus/idleb-2020-02/fr-quotidien.txt other.txt --format json
      """
  )

  /// What a unit is.
  enum Unit: String, ExpressibleByArgument, CaseIterable {
    case paragraph
    case sentence
    case line
  }

  /// Parallel (monotonic), comparable (reordered) or decided from the evidence.
  enum Mode: String, ExpressibleByArgument, CaseIterable {
    case auto
    case parallel
    case comparable
  }

  /// How the alignment is written.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case beads
    case tmx
  }

  @Argument(help: "The source text (a report, or a file of one unit per line with --unit line).")
  var source: String

  @Argument(help: "The target text.")
  var target: String

  @Option(
    help:
      "Units: paragraph (default, numbered as 'show' numbers them), sentence (numbered across the report) or line (each input line is one unit)."
  )
  var unit: Unit = .paragraph

  @Option(help: "Mode: auto (decided from the evidence), parallel or comparable.")
  var mode: Mode = .auto

  @Option(
    help:
      "Output format: text (side by side), json (beads with evidence), beads, or tmx (a TMX 1.4b translation memory of a parallel alignment; a comparable one is refused)."
  )
  var format: Format = .text

  @Option(help: "A glossary file (TSV) whose terms are anchors; repeatable.")
  var glossary: [String] = []

  @Option(help: "A folder of dictd dictionaries (default: /usr/share/dictd when present).")
  var dictionary: String?

  @Flag(help: "Use no bilingual dictionary.")
  var noDictionary = false

  @Option(
    help:
      "A translation memory (TMX) whose segments in the two languages teach the aligner word pairs; repeatable."
  )
  var tm: [String] = []

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if noDictionary, dictionary != nil {
      throw ValidationError("--dictionary and --no-dictionary exclude each other")
    }
  }

  func run() throws {
    var diagnostics: [Diagnostic] = []
    guard let sourceSide = side(source, &diagnostics),
      let targetSide = side(target, &diagnostics)
    else {
      DiagnosticPrinter.emit(diagnostics)
      throw ExitCode(1)
    }
    var terms: [AlignmentTerm] = []
    for path in glossary {
      do {
        let loaded = try Glossary(contentsOf: URL(fileURLWithPath: path))
        diagnostics += loaded.diagnostics
        terms += loaded.entries.map { AlignmentTerm(id: $0.id, variants: $0.terms) }
      } catch {
        diagnostics.append(Diagnostic(.error, SourceLocation(path: path), "\(error)"))
      }
    }
    var lexicon: [LexiconEntry] = []
    if !noDictionary {
      let folder = dictionary ?? DictionaryShelf.standardFolder
      let explicit = dictionary != nil
      if explicit || FileManager.default.fileExists(atPath: folder) {
        let shelf = DictionaryShelf(folder: folder)
        let found = shelf.pairs(
          source: sourceSide.language, target: targetSide.language,
          sourceWords: AlignCommand.words(sourceSide), targetWords: AlignCommand.words(targetSide))
        lexicon = found.entries
        diagnostics += found.diagnostics.filter { explicit || $0.severity != .note }
      }
    }
    let memories = MemoryInput.load(tm, &diagnostics)
    if !memories.isEmpty {
      let learnt = MemoryInput.lexicon(
        memories, source: sourceSide.language, target: targetSide.language)
      if learnt.isEmpty {
        diagnostics.append(
          Diagnostic(
            .note, SourceLocation(path: tm.joined(separator: ", ")),
            "the translation memory taught no word pair for \(sourceSide.language) → \(targetSide.language)"
          ))
      }
      lexicon += learnt
    }
    if mode != .parallel {
      try runReports(sourceSide, targetSide, Aligner(lexicon: lexicon, terms: terms), diagnostics)
      return
    }
    let alignment = Aligner(lexicon: lexicon, terms: terms).align(sourceSide, targetSide)
    diagnostics += alignment.diagnostics
    let stream = try output.open()
    switch format {
    case .beads:
      for bead in alignment.beads { stream.write(bead.beadLine + "\n") }
    case .json:
      stream.write(AlignmentJSON.encode(alignment, sourceSide, targetSide) + "\n")
    case .text:
      stream.write(AlignmentText.render(alignment, sourceSide, targetSide))
    case .tmx:
      let reports = unit == .line ? (nil, nil) : (report(source), report(target))
      let units = MemoryExport.units(
        alignment.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map {
          ($0.source, $0.target, $0.score)
        },
        MemoryExport.Side(
          name: source, language: sourceSide.language, units: sourceSide.units,
          report: reports.0),
        MemoryExport.Side(
          name: target, language: targetSide.language, units: targetSide.units,
          report: reports.1), unit: unit.rawValue)
      stream.write(TMXWriter.write(MemoryExport.memory(units, segmentType: segmentType)))
    }
    try stream.commit()
    DiagnosticPrinter.emit(diagnostics)
    let code = DiagnosticPrinter.exitCode(for: diagnostics)
    if code != .success { throw code }
  }

  /// The TMX `segtype` of the units.
  var segmentType: String { unit == .line ? "block" : unit.rawValue }

  /// The first report of `path`, for its outlet and date.
  func report(_ path: String) -> Report? { input.loader.load([path]).reports.first }

  /// The units of one input: its lines, or its report's paragraphs.
  private func side(_ path: String, _ diagnostics: inout [Diagnostic]) -> AlignmentSide? {
    switch unit {
    case .line:
      let bytes: [UInt8]
      if path == "-" {
        bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
      } else {
        guard let data = FileManager.default.contents(atPath: path) else {
          diagnostics.append(Diagnostic(.error, SourceLocation(path: path), "cannot read file"))
          return nil
        }
        bytes = Array(data)
      }
      let decoded = TextDecoding.decode(bytes)
      var lines = decoded.text.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0.hasSuffix("\r") ? $0.dropLast() : $0)
      }
      if lines.last == "" { lines.removeLast() }
      let language =
        input.lang
        ?? LanguageIdentifier.shared.identify(String(decoded.text.prefix(20_000)))?.code ?? "und"
      return AlignmentSide(units: lines, language: language, name: path)
    case .paragraph, .sentence:
      let result = input.loader.load([path])
      diagnostics += result.diagnostics
      guard let report = result.reports.first else {
        if !result.hasErrors {
          diagnostics.append(Diagnostic(.error, SourceLocation(path: path), "no report found"))
        }
        return nil
      }
      let language = report.language?.code ?? "und"
      let paragraphs = report.paragraphs.map(\.text)
      if unit == .sentence {
        return AlignmentSide.sentences(of: paragraphs, language: language, name: path)
      }
      return AlignmentSide(units: paragraphs, language: language, name: path)
    }
  }

  /// The distinct words of a side, for dictionary look-ups.
  static func words(_ side: AlignmentSide) -> Set<String> {
    var words = Set<String>()
    for unit in side.units {
      for word in unit.split(whereSeparator: { !$0.isLetter }) where word.count >= 2 {
        words.insert(word.lowercased())
      }
    }
    return words
  }
}
