import Foundation
import ParallaxText

/// Turns one side's units into `SideFeatures`: tokens, stems, weights and anchor keys.
struct SideAnalyzer {
  /// Punctuation classes that cross languages (quotes of every tradition, `?` and `؟`…);
  /// commas, full stops and hyphens are everywhere and tell nothing.
  static let markClasses: [Unicode.Scalar: String] = [
    "\"": "q", "«": "q", "»": "q", "„": "q", "“": "q", "”": "q", "‚": "q", "‹": "q", "›": "q",
    "「": "q", "」": "q", "?": "?", "؟": "?", "¿": "?", "!": "!", "¡": "!", ":": ":",
    "(": "(", ")": "(", "[": "(", "]": "(", "%": "%", "٪": "%", "§": "§", "€": "$", "$": "$",
    "£": "$", "/": "/",
  ]

  let language: String
  /// Whether the other side is written in another script: then consonant skeletons are keys.
  let crossScript: Bool
  let options: AlignerOptions
  let glossary: PhraseTrie<Int32>?

  private struct WordInfo {
    var stem: Int32
    var word: Int32
    var keys: [(Int32, Float)]
    var function: Bool
    var weak: Bool
  }

  private struct Pending {
    /// What the token counts as for its document frequency: the anchor key of a number, mark
    /// or address (one per distinct `#value`, `pmark`, `uaddress`), or `stemTerm` of a word's
    /// stem; no string made per token.
    var term: Int64
    var multiplier: Float
    var stem: Int32
    var word: Int32
    var keys: [(Int32, Float)]
    /// Whether the token alone cannot link two units (`SideFeatures.tokenWeak`).
    var weak: Bool
    /// Whether the token is a function word (`SideFeatures.tokenFunction`).
    var function = false
    /// Where the token starts in its unit (`SideFeatures.tokenOffset`).
    var offset: Int32 = -1
  }

  /// Analyzes `units`, numbering keys in `keys`.
  func analyze(_ units: [String], keys: inout AnchorKeys) -> SideFeatures {
    var side = SideFeatures()
    let stemmer = Stemmer(language: language)
    let functionWords = FunctionWords.of(language)
    var known: [String: WordInfo] = [:]
    var stemIDs: [String: Int32] = [:]
    var wordIDs: [String: Int32] = [:]
    var pending: [Pending] = []
    var termUnits: [Int64: Int] = [:]
    func wordID(_ text: String) -> Int32 {
      if let id = wordIDs[text] { return id }
      let id = Int32(side.words.count)
      wordIDs[text] = id
      side.words.append(text)
      return id
    }
    for unit in units {
      let tokens = Tokenizer.tokens(unit)
      var length = 0
      for scalar in unit.unicodeScalars {
        // ASCII's white space is tab to carriage return and the space: no property lookup.
        let value = scalar.value
        let white =
          value < 0x80
          ? value == 0x20 || (0x09...0x0D).contains(value) : scalar.properties.isWhitespace
        if !white { length += 1 }
      }
      side.unitLength.append(length)
      let numbers = NumberReader.numbers(tokens, in: unit)
      var numberAt: [Int: String] = [:]
      var inNumber = Set<Int>()
      for number in numbers {
        numberAt[number.tokens.lowerBound] = number.value
        inNumber.formUnion(number.tokens)
      }
      var unitPending: [Pending] = []
      var wordStems: [String] = []
      var wordPositions: [Int] = []
      for (index, token) in tokens.enumerated() {
        if let value = numberAt[index] {
          let key = keys.id("#" + value)
          let specificity = NumberReader.specificity(value)
          unitPending.append(
            Pending(
              term: Int64(key), multiplier: specificity, stem: -1,
              word: wordID(value), keys: [(key, 1)], weak: specificity < 0.8,
              offset: Int32(token.range.start)))
          continue
        }
        if inNumber.contains(index) { continue }
        switch token.kind {
        case .punctuation:
          guard let mark = Self.markClasses[token.first] else { continue }
          let key = keys.id("p" + mark)
          unitPending.append(
            Pending(
              term: Int64(key), multiplier: Float(options.punctuationWeight), stem: -1,
              word: wordID(String(token.first)), keys: [(key, 1)], weak: true,
              offset: Int32(token.range.start)))
        case .number:
          continue
        case .word:
          let text = token.text(in: unit)
          let info: WordInfo
          if let memo = known[text] {
            info = memo
          } else {
            let folded = TextFolding.fold(text)
            let stem = stemmer?.stem(folded) ?? folded
            let stemID: Int32
            if let id = stemIDs[stem] {
              stemID = id
            } else {
              stemID = Int32(side.stems.count)
              stemIDs[stem] = stemID
              side.stems.append(stem)
              side.stemUnits.append(0)
            }
            info = WordInfo(
              stem: stemID, word: wordID(text), keys: wordKeys(folded, keys: &keys),
              function: functionWords.function.contains(folded),
              weak: functionWords.weak.contains(folded))
            known[text] = info
          }
          wordStems.append(side.stems[Int(info.stem)])
          wordPositions.append(unitPending.count)
          unitPending.append(
            Pending(
              term: Self.stemTerm(info.stem),
              multiplier: 1, stem: info.stem, word: info.word, keys: info.keys,
              weak: info.weak, function: info.function, offset: Int32(token.range.start)))
        }
      }
      if let glossary, !glossary.isEmpty {
        var start = 0
        while start < wordStems.count {
          if let match = glossary.longestMatch(in: wordStems, from: start) {
            unitPending[wordPositions[start]].keys.append((match.value, 1))
            start = match.end
          } else {
            start += 1
          }
        }
      }
      for url in Self.urls(in: unit) {
        let key = keys.id("u" + url)
        unitPending.append(
          Pending(
            term: Int64(key), multiplier: 1, stem: -1, word: wordID(url), keys: [(key, 1)],
            weak: false))
      }
      var seen = Set<Int64>()
      for item in unitPending where seen.insert(item.term).inserted {
        termUnits[item.term, default: 0] += 1
        if item.stem >= 0 { side.stemUnits[Int(item.stem)] += 1 }
      }
      pending.append(contentsOf: unitPending)
      side.tokenUnit.append(
        contentsOf: repeatElement(Int32(side.unitLength.count - 1), count: unitPending.count))
      side.unitTokenStart.append(pending.count)
    }
    let unitCount = Float(max(units.count, 1))
    for item in pending {
      let df = Float(termUnits[item.term] ?? 1)
      side.tokenWeight.append(item.multiplier * logf(1 + unitCount / df))
      side.tokenStem.append(item.stem)
      side.tokenWord.append(item.word)
      side.tokenWeak.append(item.weak)
      side.tokenFunction.append(item.function)
      side.tokenOffset.append(item.offset)
      for (key, strength) in item.keys {
        side.keys.append(key)
        side.strengths.append(strength)
      }
      side.keyStart.append(side.keys.count)
    }
    for unit in 0..<units.count {
      side.unitWeight.append(side.tokens(of: unit).reduce(0) { $0 + side.tokenWeight[$1] })
    }
    return side
  }

  /// The term of a word's stem: apart from every anchor key (which are below 2³¹).
  private static func stemTerm(_ stem: Int32) -> Int64 { Int64(stem) | 1 << 40 }

  /// The anchor keys of a folded word: its Latin form (identical words), the first five
  /// letters of a longer one (cognates) and, across scripts, its consonant skeleton.
  private func wordKeys(_ folded: String, keys: inout AnchorKeys) -> [(Int32, Float)] {
    let latin = Transliterator.latin(folded)
    let plain: String
    let letterCount: Int
    if latin.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII (most words): its alphabetic scalars are A–Z and a–z, kept as bytes.
      let bytes = latin.utf8.filter { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
      letterCount = bytes.count
      plain = letterCount == latin.utf8.count ? latin : String(decoding: bytes, as: UTF8.self)
    } else {
      let letters = latin.unicodeScalars.filter { $0.properties.isAlphabetic }
      letterCount = letters.count
      plain = String(String.UnicodeScalarView(letters))
    }
    guard letterCount >= 3 else { return [] }
    var result: [(Int32, Float)] = [(keys.id("=" + plain), 1)]
    let cognate = Float(options.cognateStrength)
    if letterCount >= 5 {
      result.append((keys.id("~" + String(plain.unicodeScalars.prefix(5))), cognate))
    }
    if crossScript {
      let skeleton = ConsonantSkeleton.of(plain)
      if skeleton.unicodeScalars.count >= 3 { result.append((keys.id("k" + skeleton), cognate)) }
    }
    return result
  }

  /// URLs and e-mail addresses in `text`, lowercased, without trailing punctuation.
  static func urls(in text: String) -> [String] {
    // A byte scan first: most units hold no address at all.
    guard mayHoldAddress(text) else { return [] }
    var found: [String] = []
    for chunk in text.split(whereSeparator: { $0.isWhitespace }) {
      let lower = chunk.lowercased()
      let isURL = lower.contains("://") || lower.hasPrefix("www.")
      let isMail = lower.contains("@") && lower.split(separator: "@").last?.contains(".") == true
      guard isURL || isMail else { continue }
      let trimmed = lower.trimmingCharacters(in: .punctuationCharacters)
      if trimmed.count >= 5 { found.append(trimmed) }
    }
    return found
  }

  /// Whether `text` holds an `@`, a `://` or a `www.`, found in one pass over its bytes (the
  /// last four kept in a word) instead of a Foundation search for each.
  static func mayHoldAddress(_ text: String) -> Bool {
    let slashes = UInt32(ascii(":")) << 16 | UInt32(ascii("/")) << 8 | UInt32(ascii("/"))
    let www =
      UInt32(ascii("w")) << 24 | UInt32(ascii("w")) << 16 | UInt32(ascii("w")) << 8
      | UInt32(ascii("."))
    var last: UInt32 = 0
    for byte in text.utf8 {
      if byte == ascii("@") { return true }
      last = last << 8 | UInt32(byte)
      if last & 0xFF_FFFF == slashes || last == www { return true }
    }
    return false
  }

  private static func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }
}
