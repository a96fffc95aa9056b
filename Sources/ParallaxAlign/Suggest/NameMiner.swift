import ParallaxFacts
import ParallaxText

/// Finds how an aligned text in another script writes a name the facts stage found on the
/// other side: among the text's runs of one to a few words, the one whose consonant
/// skeleton is closest to the name's (`Karayel Enerji` → `كارايل إنرجي`, `Tomas Ekvall` →
/// `Томас Эквалль`). A script without capitals (Arabic) leaves its names unmarked, so its
/// side of an entity pair is found this way.
///
/// Only names and words of two different scripts are compared (within one script the
/// entity linker compares the names of both sides), and in a script with capitals the run
/// must begin and end with one. Ties go to the run whose transliterated
/// letters are closest, then to the shorter run (`الواحة كابيتال` over `كابيتال` for
/// `Al-Waha Capital`; `هيليور` over `لهيليور` for `Hélior`).
struct NameMiner {
  /// The skeleton similarity a run must reach.
  var threshold = 0.8
  /// Skeletons shorter than this (in consonant classes) must be matched in more than one
  /// aligned unit: two consonants say little.
  var shortSkeleton = 3

  /// One match: a name, the run that writes it, and how alike they are.
  struct Match: Hashable {
    var name: String
    var form: String
    var similarity: Double
    var letters: Double
  }

  /// The best run of `text` (language `language`) for each of `names`, when close enough.
  func matches(_ names: [String], in text: String, language: String) -> [Match] {
    let function = TermStopwords.of(language)
    let runs = TermVocabulary.runs(text)
    var result: [Match] = []
    for name in Set(names).sorted() {
      let words = TermVocabulary.runs(name).joined()
      guard !words.isEmpty, !Self.isAcronym(name) else { continue }
      let nameLatin = Self.isLatin(name)
      let skeleton = Self.squeezed(ConsonantSkeleton.of(name))
      guard skeleton.count >= 2 else { continue }
      let letters = Self.letters(name)
      var best: Match?
      for run in runs {
        for start in run.indices {
          for size in 1...(words.count + 1) where start + size <= run.count {
            let part = run[start..<(start + size)]
            guard let first = part.first, let last = part.last,
              !function.contains(TextFolding.fold(first)),
              !function.contains(TextFolding.fold(last))
            else { continue }
            let form = part.joined(separator: " ")
            guard Self.isLatin(form) != nameLatin, Self.hasLetters(form),
              Self.capitalized(first), Self.capitalized(last)
            else { continue }
            let similarity = ConsonantSkeleton.similarity(
              skeletons: skeleton, Self.squeezed(ConsonantSkeleton.of(form)))
            guard similarity >= threshold else { continue }
            let match = Match(
              name: name, form: form, similarity: similarity,
              letters: ConsonantSkeleton.similarity(skeletons: letters, Self.letters(form)))
            if let known = best, !Self.better(match, known) { continue }
            best = match
          }
        }
      }
      if let best { result.append(best) }
    }
    return result
  }

  /// How many aligned units must show a match of `name` before it counts.
  func unitsNeeded(_ name: String) -> Int {
    Self.squeezed(ConsonantSkeleton.of(name)).count >= shortSkeleton ? 1 : 2
  }

  private static func better(_ a: Match, _ b: Match) -> Bool {
    (a.similarity, a.letters, -a.form.count, b.form) > (
      b.similarity, b.letters, -b.form.count, a.form
    )
  }

  /// A skeleton as one word, so that similarity compares it whole.
  private static func squeezed(_ skeleton: String) -> String {
    skeleton.replacingOccurrences(of: " ", with: "")
  }

  /// The transliterated letters of a name.
  private static func letters(_ name: String) -> String {
    String(Transliterator.latin(name).filter(\.isLetter))
  }

  private static func isLatin(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.value < 0x250 || !$0.properties.isAlphabetic }
  }

  /// Whether a word starts with a capital, or is written in a script without case (where
  /// capitals cannot mark names).
  private static func capitalized(_ word: String) -> Bool {
    guard let letter = word.first(where: \.isLetter) else { return false }
    return letter.isUppercase || !letter.isLowercase
  }

  private static func hasLetters(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.properties.isAlphabetic }
  }

  static func isAcronym(_ name: String) -> Bool {
    name.count >= 2 && name.count <= 6 && name.allSatisfy { $0.isUppercase }
  }
}
