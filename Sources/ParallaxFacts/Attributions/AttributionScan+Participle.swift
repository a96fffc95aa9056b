import ParallaxCorpus
import ParallaxText

extension AttributionScan {
  /// The most words of a subject after a relative clause's participle.
  static let participleSubjectWords = 8

  /// Turkish: `AA muhabirine açıklama yapan Kızılay Genel Başkanı Fatma Meriç Yılmaz, …
  /// söyledi`, `Saldırıda 6 askerin yaralandığını belirten Bakan Ali Kaya, … dedi`: a relative
  /// clause ending in a participle (`[relative-participles]`) opens the sentence, and the
  /// subject it describes runs from the participle to the first comma before the verb at
  /// `cue`. The clause itself stays in the content (its figures are reported too).
  func subjectAfterParticiple(before cue: Int) -> Range<Int>? {
    guard !lexicon.relativeParticiples.isEmpty else { return nil }
    var comma = contentStart
    while comma < cue, !tokens[comma].is(",") { comma += 1 }
    guard comma < cue else { return nil }
    var participle: Int?
    for index in contentStart..<comma
    where tokens[index].kind == .word && lexicon.relativeParticiples.contains(keys[index]) {
      participle = index
    }
    guard let participle, comma - participle >= 2,
      comma - participle <= Self.participleSubjectWords + 1,
      ((participle + 1)..<comma).allSatisfy({
        tokens[$0].kind == .word || tokens[$0].is(".") || tokens[$0].is("'")
          || tokens[$0].is("’")
      })
    else { return nil }
    return (participle + 1)..<comma
  }
}
