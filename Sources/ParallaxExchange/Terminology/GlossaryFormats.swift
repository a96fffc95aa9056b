import Foundation
import ParallaxCore
import ParallaxGlossary

/// Reads and writes glossaries in the translators' formats: native TSV, CSV, OmegaT, TBX v2
/// and TBX v3 (TBX-Basic).
///
/// ```swift
/// let (termbase, guess) = try GlossaryFormats.read(path: "terms.tbx")
/// var glossary = Glossary()
/// GlossaryImport.merge(termbase, into: &glossary, domain: "terms")
/// let text = try GlossaryFormats.write(Termbase(glossary: glossary), format: .tbx3).text
/// ```
public enum GlossaryFormats {
  /// Reads the file at `path` in `format`, or in the format its name and content say.
  public static func read(
    path: String, format: GlossaryFormat? = nil, source: String? = nil, target: String? = nil
  ) throws(GlossaryFormatError) -> (termbase: Termbase, guess: GlossaryFormat.Guess) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "no such file or not readable")
    }
    let bytes = [UInt8](data)
    let guess: GlossaryFormat.Guess
    if let format {
      guess = GlossaryFormat.Guess(format: format, reason: "--format \(format.rawValue)")
    } else if let guessed = GlossaryFormat.guess(path: path, head: Array(bytes.prefix(4096))) {
      guess = guessed
    } else {
      throw .unknownFormat(path: path)
    }
    let termbase = try read(bytes, path: path, format: guess.format, source: source, target: target)
    return (termbase, guess)
  }

  /// Parses the bytes of a file in `format`; `path` names it in diagnostics. OmegaT needs
  /// `source` and `target` (its file does not name its languages).
  public static func read(
    _ bytes: [UInt8], path: String, format: GlossaryFormat, source: String? = nil,
    target: String? = nil
  ) throws(GlossaryFormatError) -> Termbase {
    switch format {
    case .tbx2, .tbx3:
      return try TBXReader.read(bytes, path: path)
    case .csv:
      return try CSVGlossary.read(bytes, path: path)
    case .omegat:
      guard let source = source.flatMap(LanguageTag.normalize),
        let target = target.flatMap(LanguageTag.normalize)
      else { throw .needsLanguages(.omegat) }
      return OmegaTGlossary.read(bytes, path: path, source: source, target: target)
    case .tsv:
      var diagnostics: [Diagnostic] = []
      let text = DelimitedLines.text(bytes, path: path, into: &diagnostics)
      do {
        let glossary = try Glossary(text: text, path: path)
        var termbase = Termbase(glossary: glossary)
        termbase.diagnostics = diagnostics + glossary.diagnostics
        return termbase
      } catch {
        throw .badHeader(error.diagnostic.location, error.diagnostic.message)
      }
    }
  }

  /// The text of `termbase` in `format`, and notes on what the format could not hold.
  ///
  /// `source` is the document language of TBX and the source language of OmegaT (`target`
  /// its target); `origin` is written in a TBX header (`sourceDesc`).
  public static func write(
    _ termbase: Termbase, format: GlossaryFormat, source: String? = nil, target: String? = nil,
    origin: String = "Parallax glossary"
  ) throws(GlossaryFormatError) -> (text: String, notes: [String]) {
    let languages = termbase.languages
    switch format {
    case .tbx2, .tbx3:
      let language =
        source.flatMap(LanguageTag.normalize)
        ?? languages.first { LanguageTag.primary($0) == "en" } ?? languages.first ?? "en"
      let (text, dropped) = try TBXWriter.write(
        termbase, version: format == .tbx2 ? 2 : 3, language: language, source: origin)
      let notes =
        dropped > 0 ? ["\(dropped) control character(s) XML cannot hold were left out"] : []
      return (text, notes)
    case .csv:
      return (CSVGlossary.write(termbase, languages: languages), [])
    case .omegat:
      guard let source = source.flatMap(LanguageTag.normalize),
        let target = target.flatMap(LanguageTag.normalize)
      else { throw .needsLanguages(.omegat) }
      let (text, skipped) = OmegaTGlossary.write(termbase, source: source, target: target)
      var notes: [String] = []
      if skipped > 0 {
        notes.append(
          "\(skipped) concept(s) without a usable term in both \(source) and \(target) left out")
      }
      let forbidden = termbase.concepts.reduce(0) { count, concept in
        count
          + (concept.terms(source) + concept.terms(target)).filter { $0.status == .forbidden }
          .count
      }
      if forbidden > 0 {
        notes.append(
          "\(forbidden) forbidden term(s) left out: OmegaT would offer them as renderings")
      }
      return (text, notes)
    case .tsv:
      var glossary = Glossary(columns: languages.map { $0.lowercased() })
      GlossaryImport.merge(termbase, into: &glossary, domain: "")
      do {
        return (try glossary.tsv(), [])
      } catch {
        throw .unwritable(error.diagnostic.message)
      }
    }
  }
}
