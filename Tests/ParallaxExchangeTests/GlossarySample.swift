import Foundation
import ParallaxExchange
import ParallaxGlossary

/// A native glossary written for the format tests: several scripts, a region tag, forbidden
/// variants, notes, empty cells and characters XML and CSV must escape.
enum GlossarySample {
  static let text = """
    # A sample glossary for the format tests (written for them).
    id\tfr\tEN-gb\ttr\tar\tru\tde\tnote
    idlib\tIdleb | Idlib\tIdlib | Idleb\tİdlib\tإدلب\tИдлиб\tIdlib\tprovince of north-western Syria
    sohr\tOSDH | Observatoire syrien des droits de l'homme [admitted: long form, first mention]\tSOHR | Syrian Observatory for Human Rights\tSOHR | Suriye İnsan Hakları Gözlemevi\tالمرصد السوري لحقوق الإنسان\tСОБДЧ\tSOHR\t
    government\tgouvernement syrien | régime de Damas [forbidden]\tSyrian government | Damascus regime [forbidden]\tSuriye hükümeti\tالحكومة السورية\tсирийское правительство\t\t
    symbols\tAT&T <« 3 > 2 »> | pipe \\| inside\t"quoted", with a comma\tŞ&Ç 'tek'\t\tЁлка\t\tmarkup & "quotes" < > in a note
    """

  /// The sample as a glossary read from `sample.tsv`.
  static func glossary() throws -> Glossary {
    try Glossary(text: text, path: "sample.tsv")
  }

  /// What a glossary holds, in a form tests compare: per id, the variants per language and
  /// the note and domain.
  static func content(_ glossary: Glossary) -> [String: String] {
    var out: [String: String] = [:]
    for entry in glossary.entries {
      let cells = entry.terms.keys.sorted().map { language in
        let terms = entry.variants(in: language).map { term in
          "\(term.text)/\(term.status.rawValue)/\(term.note ?? "-")"
        }
        return "\(language)=\(terms)"
      }
      out[entry.id] =
        cells.joined(separator: "; ") + " note=\(entry.note ?? "-") domain=\(entry.domain)"
    }
    return out
  }

  /// Writes `glossary` in `format`, reads it back and imports it into an empty glossary.
  static func roundTrip(
    _ glossary: Glossary, _ format: GlossaryFormat, source: String? = nil, target: String? = nil
  ) throws -> (glossary: Glossary, text: String, diagnostics: [String]) {
    let written = try GlossaryFormats.write(
      Termbase(glossary: glossary), format: format, source: source, target: target)
    let read = try GlossaryFormats.read(
      Array(written.text.utf8), path: "out.\(format.fileExtension)", format: format,
      source: source, target: target)
    var imported = Glossary()
    GlossaryImport.merge(read, into: &imported, domain: "sample")
    return (imported, written.text, read.diagnostics.map(\.description))
  }
}
