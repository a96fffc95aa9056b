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

extension AttributionScan {
  /// The most words of a lowercase subject between a reported clause and its verb
  /// (`yetkililer`, `sağlık kaynakları`).
  static let lowercaseSubjectWords = 2

  /// Turkish: `Selde 86 kişinin tahliye edildiğini AFAD açıkladı`: the reported clause ends in
  /// a verbal noun in the accusative (`[content-endings]`: `-dığını`, `-eceğini`), and the
  /// subject stands between it and the verb at `cue`: the capitalized run after that word
  /// (`Sağlık Bakanı Kemal Memişoğlu` of `… yaralandığını Sağlık Bakanı Kemal Memişoğlu
  /// sosyal medya hesabından duyurdu`), or a short lowercase phrase (`yetkililer`).
  /// Returns the subject and where the reported clause ends.
  func subjectAfterContent(before cue: Int) -> (subject: Range<Int>, contentEnd: Int)? {
    guard !lexicon.contentEndings.isEmpty, cue > contentStart + 1 else { return nil }
    var clauseEnd: Int?
    var probe = cue - 1
    while probe > contentStart {
      if tokens[probe].kind == .word,
        lexicon.contentEndings.contains(where: { keys[probe].hasByteSuffix($0) })
      {
        clauseEnd = probe + 1
        break
      }
      probe -= 1
    }
    guard let clauseEnd, clauseEnd < cue else { return nil }
    var first = clauseEnd
    while first < cue, tokens[first].is(",") || isSkippedAtHead(first) { first += 1 }
    guard first < cue, tokens[first].kind == .word else { return nil }
    var last = first
    if tokens[first].isCapitalized {
      // A name with its acronym (`Afet ve Acil Durum Yönetimi Başkanlığı (AFAD)`).
      while last < cue,
        (tokens[last].kind == .word
          && (tokens[last].isCapitalized || isIn(last, TokenBits.phraseContinuers)))
          || tokens[last].isAny(["(", ")", ".", "'", "’"])
      {
        last += 1
      }
      // A case suffix after an apostrophe ends it: no subject (`AFAD'ın`).
      if last < cue, last > first, tokens[last - 1].isAny(["'", "’"]) { return nil }
    } else {
      while last < cue, tokens[last].kind == .word, !tokens[last].isCapitalized { last += 1 }
      guard last == cue, last - first <= Self.lowercaseSubjectWords else { return nil }
    }
    while last > first, tokens[last - 1].isAny(["(", "'", "’"]) { last -= 1 }
    guard last > first else { return nil }
    return (first..<last, clauseEnd)
  }

  /// Turkish: `… yaralandığı İçişleri Bakanlığı tarafından açıklandı`: the agent of a passive
  /// report verb at `cue`, the capitalized run before an agent marker (`[agent-markers]`)
  /// right before the verb.
  func passiveAgent(before cue: Int) -> Range<Int>? {
    guard !lexicon.agentMarkers.isEmpty, cue > contentStart + 1,
      lexicon.agentMarkers.contains(keys[cue - 1])
    else { return nil }
    var first = cue - 1
    while first > contentStart,
      (tokens[first - 1].kind == .word && tokens[first - 1].isCapitalized)
        || tokens[first - 1].isAny(["(", ")"])
    {
      first -= 1
    }
    while first < cue - 1, tokens[first].isAny(["(", ")"]) { first += 1 }
    guard first < cue - 1 else { return nil }
    return first..<(cue - 1)
  }
}
