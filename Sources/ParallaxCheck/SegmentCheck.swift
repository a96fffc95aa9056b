import ParallaxCompare
import ParallaxCorpus
import ParallaxText

/// Paragraphs and segments: missing, empty, left untranslated, identical to the source.
enum SegmentCheck {
  /// The fewest words a paragraph needs for `identical` to mean untranslated (a name or a
  /// figure alone may rightly stay as it is).
  static let identicalWords = 3
  /// The fewest letters a paragraph needs before its language is identified.
  static let identifiedLetters = 40
  /// The fewest letters in words that are not capitalized a paragraph needs before its
  /// language is identified: names and titles (`H. Roiss , Erste Besteigung des Austria Peak`,
  /// `Nanga Parbat , 8125 m. Chef K.Herrligkoffer`) are kept as written in a translation.
  static let identifiedCommonLetters = 25
  /// The confidence language identification needs to call a paragraph untranslated.
  static let untranslatedConfidence = 0.6

  static func check(
    _ pair: ParagraphPair, source: CheckSide, target: CheckSide, wholeChecked: Bool,
    identifier: LanguageIdentifier
  ) -> [Finding] {
    let left = pair.left.compactMap { source.paragraph($0) }.filter { hasWords($0.text) }
    let right = pair.right.compactMap { target.paragraph($0) }.filter { hasWords($0.text) }
    if right.isEmpty {
      return left.map { paragraph in
        let emptyTarget = pair.right.contains { target.paragraph($0) != nil }
        // A label of a word or two with no figure (`Literatur :`) may rightly be left out.
        let label =
          !emptyTarget && words(paragraph.text) < identicalWords
          && (source.facts(paragraph.index)?.figures.isEmpty ?? true)
        return Finding(
          label ? .warning : .error, emptyTarget ? .emptyTarget : .segmentMissing,
          emptyTarget
            ? "the translation of \(name(paragraph.index, source)) is "
              + (pair.right.allSatisfy { target.missing.contains($0) } ? "missing" : "empty")
            : "\(name(paragraph.index, source)) has no translation",
          source: source.evidence(paragraph.index),
          target: emptyTarget ? pair.right.first.map { target.evidence($0) } : nil)
      }
    }
    if left.isEmpty {
      return right.map { paragraph in
        Finding(
          .note, .segmentAdded, "\(name(paragraph.index, target)) of the translation has no source",
          target: target.evidence(paragraph.index))
      }
    }
    guard !wholeChecked else { return [] }
    let sourceText = left.map(\.text).joined(separator: " ")
    let targetText = right.map(\.text).joined(separator: " ")
    let evidence = (source.evidence(left[0].index), target.evidence(right[0].index))
    let expected = target.expectedLanguage ?? target.language
    if sameText(sourceText, targetText) {
      // Names only (`Nanga Parbat , Cho Oyu , Gasherbrum .`) rightly stay as they are.
      guard words(sourceText) >= identicalWords, commonLetters(sourceText, atLeast: 1) > 0 else {
        return []
      }
      // Identical and in the source's language: left untranslated. Identical and in the
      // target's language: a quotation the source kept in the original, rightly unchanged.
      let found = identifier.identify(targetText)
      if let found, found.code == expected, expected != source.language,
        found.confidence >= untranslatedConfidence
      {
        return []
      }
      let untranslated = found?.code == source.language && expected != source.language
      return [
        Finding(
          .error, untranslated ? .untranslated : .identical,
          "\(name(right[0].index, target)) is identical to its source"
            + (untranslated ? ": left untranslated" : ""),
          source: evidence.0, target: evidence.1)
      ]
    }
    guard expected != source.language,
      hasLetters(targetText, atLeast: identifiedLetters),
      commonLetters(targetText, atLeast: identifiedCommonLetters) >= identifiedCommonLetters,
      let found = identifier.identify(targetText), found.code == source.language,
      found.confidence >= untranslatedConfidence,
      identifier.identify(commonWords(targetText))?.code == source.language
    else { return [] }
    return [
      Finding(
        .error, .untranslated,
        "\(name(right[0].index, target)) is in \(found.code), the source's language, not \(expected)",
        source: evidence.0, target: evidence.1)
    ]
  }

  /// One source segment translated in several ways (matched one-to-one pairs only).
  static func consistency(_ pairs: [ParagraphPair], source: CheckSide, target: CheckSide)
    -> [Finding]
  {
    var seen: [String: (target: String, pair: ParagraphPair)] = [:]
    var findings: [Finding] = []
    for pair in pairs where pair.left.count == 1 && pair.right.count == 1 {
      guard let left = source.paragraph(pair.left[0]), let right = target.paragraph(pair.right[0]),
        words(left.text) >= 2, hasWords(right.text)
      else { continue }
      let key = left.text
      guard let first = seen[key] else {
        seen[key] = (right.text, pair)
        continue
      }
      if !sameText(first.target, right.text) {
        findings.append(
          Finding(
            .warning, .inconsistentTranslation,
            "\(name(left.index, source)) repeats \(name(first.pair.left[0], source)) but is translated differently",
            source: source.evidence(left.index), target: target.evidence(right.index)))
      }
    }
    return findings
  }

  /// `¶3`, or `segment 12` in a bilingual file.
  static func name(_ index: Int, _ side: CheckSide) -> String {
    if let ids = side.segmentIDs, index >= 0, index < ids.count { return "segment \(ids[index])" }
    return "¶\(index)"
  }

  /// Whether two texts are the same once folded; texts of clearly different lengths are
  /// not folded at all.
  static func sameText(_ a: String, _ b: String) -> Bool {
    let (x, y) = (a.utf8.count, b.utf8.count)
    if a == b { return true }
    guard abs(x - y) <= max(8, min(x, y) / 10) else { return false }
    if differBeforeLeavingASCII(a, b) { return false }
    return fold(a) == fold(b)
  }

  /// Whether two texts' characters other than white space already differ, letter case aside,
  /// before either text leaves ASCII: their folds differ then too (folding lowercases ASCII
  /// and keeps it; white space only separates), and neither needs folding. A translation
  /// differs from its source within a few letters.
  static func differBeforeLeavingASCII(_ a: String, _ b: String) -> Bool {
    var (left, right) = (a.utf8.makeIterator(), b.utf8.makeIterator())
    func next(_ bytes: inout String.UTF8View.Iterator) -> UInt8? {
      while let byte = bytes.next() {
        if byte < CharacterNames.asciiEnd, Character(Unicode.Scalar(byte)).isWhitespace {
          continue
        }
        return byte
      }
      return nil
    }
    func lower(_ byte: UInt8) -> UInt8 {
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        ? byte - UInt8(ascii: "A") + UInt8(ascii: "a") : byte
    }
    while let x = next(&left), let y = next(&right) {
      guard x < CharacterNames.asciiEnd, y < CharacterNames.asciiEnd else { return false }
      if lower(x) != lower(y) { return true }
    }
    return false
  }

  /// The folded text with runs of white space made one space and the ends trimmed.
  static func fold(_ text: String) -> String {
    // Built as UTF-8 bytes (cheaper than appending to a `String.UnicodeScalarView`).
    var out: [UInt8] = []
    var space = false
    for scalar in TextFolding.fold(text).unicodeScalars {
      if scalar.isASCII
        ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
        : scalar.properties.isWhitespace
      {
        space = !out.isEmpty
      } else {
        if space { out.append(0x20) }
        space = false
        UTF8.encode(scalar) { out.append($0) }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func words(_ text: String) -> Int {
    Tokenizer.tokens(text).filter { $0.kind == .word }.count
  }

  /// The letters of the words of `text` that do not start with a capital (in a script
  /// without case, all of them); counting stops once it reaches `limit`.
  static func commonLetters(_ text: String, atLeast limit: Int = .max) -> Int {
    var count = 0
    // The run of letters being read: its length so far, and whether it counts (its first
    // scalar is not a capital). Read as it goes, so that counting stops at `limit`.
    var run = 0
    var counts = false
    for character in text {
      if character.isLetter {
        if run == 0 {
          counts = !(character.unicodeScalars.first?.properties.isUppercase ?? true)
        }
        run += 1
        continue
      }
      if run > 0, counts {
        count += run
        if count >= limit { return count }
      }
      run = 0
    }
    if run > 0, counts { count += run }
    return count
  }

  /// Whether `text` has at least `limit` alphabetic scalars (stops counting there).
  static func hasLetters(_ text: String, atLeast limit: Int) -> Bool {
    var count = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      count += 1
      if count >= limit { return true }
    }
    return false
  }

  /// The words of `text` that do not start with a capital, the names left out: what
  /// language identification should judge a paragraph full of names by.
  static func commonWords(_ text: String) -> String {
    text.split(whereSeparator: { !$0.isLetter }).filter {
      !($0.unicodeScalars.first?.properties.isUppercase ?? true)
    }.joined(separator: " ")
  }

  static func hasWords(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }
}
