import Foundation

/// Case- and accent-folding for matching words across spellings and scripts: the one
/// definition every stage uses.
///
/// Three levels, each built on the one before:
/// - `lowercase(_:casing:)`: the case mapping. Unicode's lowercase mapping, except where the
///   language's `Casing` (from `Resources/casing.txt`, never from code) says otherwise —
///   Turkic languages lowercase `I` to `ı` and `İ` to `i`.
/// - `wordKey(_:casing:)`: a word as the figure lexicons look it up — lowercased, Arabic
///   letter variants made one (`letterVariant`), accents kept.
/// - `fold(_:)`: a word as names and cues are matched across spellings — lowercased the
///   default way, accents and letter variants removed (`İ`, `I` and `ı` all fold to `i`),
///   typographic apostrophes made `'`, full case folding (`ß` → `ss`). Folded text is a
///   matching key, never shown.
public enum TextFolding {
  /// How a language's letters change case.
  public enum Casing: String, Sendable, Hashable {
    /// Unicode's default mapping (`I` → `i`, `İ` → `i̇`).
    case standard
    /// Turkic: `I` → `ı`, `İ` → `i`.
    case turkic

    /// The casing of `language` (an ISO 639 code), from `Resources/casing.txt`.
    public init(language: String) {
      self = Casing.byLanguage[language] ?? .standard
    }

    private static let byLanguage: [String: Casing] = {
      let file = LexiconFile(bundle: "Parallax_ParallaxText", "casing.txt")
      var table: [String: Casing] = [:]
      for entry in file.entries("casing") where entry.count >= 2 {
        if let casing = Casing(rawValue: entry[1]) { table[entry[0]] = casing }
      }
      return table
    }()
  }

  /// The lowercase of one scalar under `casing` (`nil` when it is its own lowercase), as one
  /// or more scalars: the case mapping all folding is built on.
  @inline(__always)
  public static func lowercase(_ scalar: Unicode.Scalar, casing: Casing) -> String? {
    let value = scalar.value
    if value < CharacterNames.asciiEnd {
      if casing == .turkic, value == CharacterNames.capitalI { return "\u{131}" }
      guard CharacterNames.asciiCapitals.contains(value) else { return nil }
      return String(Unicode.Scalar(UInt8(value + CharacterNames.asciiCaseOffset)))
    }
    if casing == .turkic, value == CharacterNames.capitalIWithDot { return "i" }
    guard scalar.properties.changesWhenLowercased else { return nil }
    return scalar.properties.lowercaseMapping
  }

  /// `text` lowercased under `casing` (`lowercase` of each scalar).
  public static func lowercase(_ text: some StringProtocol, casing: Casing) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { appendLowercase(scalar, casing, to: &result) }
    return String(result)
  }

  /// Appends `lowercase(scalar, casing:)` (or the scalar itself) to `result`, with no string
  /// made for an ASCII letter.
  @inline(__always)
  static func appendLowercase(
    _ scalar: Unicode.Scalar, _ casing: Casing, to result: inout String.UnicodeScalarView
  ) {
    let value = scalar.value
    if value < CharacterNames.asciiEnd, casing == .standard || value != CharacterNames.capitalI {
      let lower =
        CharacterNames.asciiCapitals.contains(value)
        ? value + CharacterNames.asciiCaseOffset : value
      result.append(Unicode.Scalar(UInt8(truncatingIfNeeded: lower)))
    } else if let lower = lowercase(scalar, casing: casing) {
      result.append(contentsOf: lower.unicodeScalars)
    } else {
      result.append(scalar)
    }
  }

  /// What an Arabic letter variant or mark is made for matching: a bare alef for its
  /// hamza and madda forms, `ه` for `ة`, `ي` for `ى` and the Farsi yeh, `ك` for keheh;
  /// `nil` to drop it (tatweel, tashkeel, superscript alef); the scalar itself otherwise.
  @inline(__always)
  public static func letterVariant(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    guard CharacterNames.arabic.contains(value) else { return scalar }
    switch value {
    case CharacterNames.tatweel, CharacterNames.tashkeel, CharacterNames.superscriptAlef:
      return nil
    case CharacterNames.tehMarbuta: return Unicode.Scalar(CharacterNames.heh)
    case CharacterNames.alefMaksura, CharacterNames.farsiYeh:
      return Unicode.Scalar(CharacterNames.yeh)
    case CharacterNames.keheh: return Unicode.Scalar(CharacterNames.kaf)
    default:
      return CharacterNames.alefForms.contains(value) ? Unicode.Scalar(CharacterNames.alef) : scalar
    }
  }

  /// A word as the figure lexicons key it: `lowercase` under `casing`, Arabic letter
  /// variants made one (`letterVariant`), accents kept.
  public static func wordKey(_ text: some StringProtocol, casing: Casing) -> String {
    // Most words are their own key: no new string for them.
    if !text.unicodeScalars.contains(where: { changesKey($0, casing) }) { return String(text) }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard let kept = letterVariant(scalar) else { continue }
      appendLowercase(kept, casing, to: &result)
    }
    return String(result)
  }

  /// Whether `wordKey` changes `scalar` (the property lookup only outside the lowercase
  /// ranges of Latin-1, Cyrillic and Arabic).
  @inline(__always)
  private static func changesKey(_ scalar: Unicode.Scalar, _ casing: Casing) -> Bool {
    let value = scalar.value
    if value < CharacterNames.asciiEnd { return CharacterNames.asciiCapitals.contains(value) }
    if CharacterNames.arabic.contains(value) { return letterVariant(scalar) != scalar }
    if CharacterNames.latin1Smalls.contains(value) || CharacterNames.cyrillicSmalls.contains(value)
    {
      return false
    }
    if casing == .turkic, value == CharacterNames.capitalIWithDot { return true }
    return scalar.properties.changesWhenLowercased
  }

  /// The folded form of `text`.
  public static func fold(_ text: some StringProtocol) -> String {
    // Most words: ASCII, read from their contiguous bytes.
    if let answer = text.utf8.withContiguousStorageIfAvailable(asciiFold), let folded = answer {
      return folded
    }
    var ascii = true
    for byte in text.utf8 where byte >= CharacterNames.asciiEnd {
      ascii = false
      break
    }
    if ascii { return asciiLowercase(text.utf8) }
    var scalars = String.UnicodeScalarView()
    // Whether every scalar so far is one that full case folding and accent removal keep.
    var stable = true
    // Whether every scalar so far lies below `latinFoldEnd` (then `latinFolds` stands for
    // Foundation).
    var latin = true
    for scalar in String(text).unicodeScalars {
      let value = scalar.value
      // The dotless and dotted i are an i without or with an accent.
      if value == CharacterNames.capitalIWithDot || value == CharacterNames.dotlessI {
        scalars.append("i")
        continue
      }
      if value == CharacterNames.combiningDotAbove { continue }
      if value == CharacterNames.rightSingleQuote || value == CharacterNames.leftSingleQuote
        || value == CharacterNames.prime || CharacterNames.modifierApostrophes.contains(value)
      {
        scalars.append("'")
        continue
      }
      guard let kept = letterVariant(scalar) else { continue }
      if let lower = lowercase(kept, casing: .standard) {
        for part in lower.unicodeScalars {
          stable = stable && isFoldStable(part.value)
          latin = latin && part.value < latinFoldEnd
          scalars.append(part)
        }
      } else {
        stable = stable && isFoldStable(kept.value)
        latin = latin && kept.value < latinFoldEnd
        scalars.append(kept)
      }
    }
    // Most Cyrillic and Arabic words: nothing left for Foundation to change.
    if stable { return String(scalars) }
    // Latin letters with accents, no combining mark: Foundation's answer scalar by scalar.
    if latin {
      var result = String.UnicodeScalarView()
      for scalar in scalars {
        if scalar.value < CharacterNames.asciiEnd {
          result.append(scalar)
        } else {
          result.append(contentsOf: latinFolds[Int(scalar.value - CharacterNames.asciiEnd)])
        }
      }
      return String(result)
    }
    // After the case mapping, `caseInsensitive` adds only full case folding (`ß` → `ss`,
    // `ﬁ` → `fi`); `diacriticInsensitive` drops the accents.
    return String(scalars).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// The end of the scalars folded through `latinFolds`: Latin-1 and the Latin Extended-A
  /// and -B letters, none of them a combining mark.
  static let latinFoldEnd: UInt32 = 0x250

  /// Foundation's full case folding and accent removal of each scalar from U+0080 to
  /// `latinFoldEnd`, made once: a precomposed letter folds alone as it does within a word (no
  /// combining mark in the range; `TextFoldingTests` checks the pairs against Foundation), so
  /// a word of these letters needs no Foundation call.
  static let latinFolds: [String.UnicodeScalarView] = (CharacterNames.asciiEnd..<latinFoldEnd)
    .map { value in
      guard let scalar = Unicode.Scalar(value) else { return String.UnicodeScalarView() }
      return String(scalar).folding(
        options: [.caseInsensitive, .diacriticInsensitive], locale: nil
      ).unicodeScalars
    }

  /// ASCII bytes lowercased, `nil` when one is not ASCII.
  private static func asciiFold(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    for byte in bytes where byte >= 0x80 { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for index in 0..<bytes.count {
        let byte = bytes[index]
        buffer[index] = byte &- 0x41 < 26 ? byte &+ 0x20 : byte
      }
      return bytes.count
    }
  }

  /// ASCII bytes lowercased, with no string made but the result (none changed: a copy).
  @inline(__always)
  static func asciiLowercase(_ bytes: some Collection<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { buffer in
      var count = 0
      for byte in bytes {
        buffer[count] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        count += 1
      }
      return count
    }
  }

  /// Whether full case folding and accent removal leave the (lowercased) scalar as it is:
  /// ASCII, the small Cyrillic letters without a diacritic (not `й`), the Arabic letters
  /// without a hamza or madda mark (`TextFoldingTests` checks each against Foundation).
  @inline(__always)
  static func isFoldStable(_ value: UInt32) -> Bool {
    if value < CharacterNames.asciiEnd { return true }
    if CharacterNames.cyrillicBasicSmalls.contains(value) {
      return value != CharacterNames.cyrillicShortI
    }
    return CharacterNames.arabicBareLetters.contains(value)
      || CharacterNames.arabicLettersHigh.contains(value) || value == CharacterNames.hamza
  }
}

extension String {
  /// Whether the UTF-8 bytes of `prefix` begin this string's: `hasPrefix` without its
  /// Unicode normalization, for keys folded the same way (clitics and prefixes of the
  /// lexicons against folded words), where it gives the same answer much more cheaply.
  @inlinable
  package func hasBytePrefix(_ prefix: String) -> Bool {
    utf8.starts(with: prefix.utf8)
  }

  /// Whether the UTF-8 bytes of `suffix` end this string's (`hasSuffix` without its Unicode
  /// normalization, as `hasBytePrefix`).
  @inlinable
  package func hasByteSuffix(_ suffix: String) -> Bool {
    let bytes = utf8
    let ending = suffix.utf8
    guard ending.count <= bytes.count else { return false }
    return bytes.suffix(ending.count).elementsEqual(ending)
  }
}
