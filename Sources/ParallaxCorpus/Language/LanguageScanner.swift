/// One pass over UTF-8 text: letters counted by script, character n-grams and stop words
/// scored for every language at once.
///
/// Letters are folded to lowercase without language rules (Turkish `İ` → `i`, `ı` stays `ı`,
/// accents kept); everything that is not a letter ends a word; Arabic vowel marks, tatweel
/// and combining accents are skipped. `Scripts/build-language-profiles.py` does the same.
struct LanguageScanner {
  /// Writing systems, as counted.
  enum Script: Int, CaseIterable {
    case latin, cyrillic, arabic, han, kana, other
  }

  /// What the scan found so far.
  struct Scan {
    /// Letters by `Script.rawValue`.
    var letters = SIMD8<UInt32>.zero
    /// Sum of the n-gram costs per language, in table units.
    var ngramCost = SIMD16<UInt32>.zero
    /// Sum of the stop-word penalties per language, in table units.
    var wordCost = SIMD16<UInt32>.zero
    /// How many n-grams were scored.
    var features = 0
    /// All letters.
    var totalLetters: Int { Int(letters.wrappedSum()) }

    /// Letters of one script.
    func count(_ script: Script) -> Int { Int(letters[script.rawValue]) }
  }

  /// The code that marks the edge of a word in n-grams (`_` in the profiles).
  static let boundary = UInt32(UInt8(ascii: "_"))
  static let wordSeed: UInt64 = 0xCBF2_9CE4_8422_2325

  /// One step of the word hash.
  @inline(__always)
  static func mix(_ hash: UInt64, _ code: UInt32) -> UInt64 {
    (hash ^ UInt64(code)) &* 0x0000_0100_0000_01B3
  }

  /// Lowercase without language rules; must match `fold` in the profile builder. A fast
  /// path of Unicode's lowercase mapping (`TextFolding.lowercase` with the default casing,
  /// the one case mapping of Parallax): the same on every letter the scanner reads, as
  /// `LanguageScannerFoldTests` checks scalar by scalar.
  @inline(__always)
  static func fold(_ c: UInt32) -> UInt32 {
    switch c {
    // A…Z; LATIN CAPITAL LETTER I WITH DOT ABOVE → i; À…Þ but MULTIPLICATION SIGN.
    case 0x41...0x5A: return c + 32
    case 0x130: return 0x69
    case 0xC0...0xDE where c != 0xD7: return c + 32
    // Latin Extended-A: capitals at even code points, then (from Ĺ) at odd ones; Ÿ → ÿ.
    case 0x100...0x137, 0x14A...0x177: return c | 1
    case 0x139...0x148, 0x179...0x17E: return c & 1 == 1 ? c + 1 : c
    case 0x178: return 0xFF
    // Cyrillic А…Я → а…я, Ѐ…Џ → ѐ…џ, and the pairs from Ґ on.
    case 0x410...0x42F: return c + 0x20
    case 0x400...0x40F: return c + 0x50
    case 0x490...0x4BF: return c | 1
    // Latin Extended-B, Greek and Coptic, historic and non-Russian Cyrillic: irregular
    // pairs, from the Unicode data.
    case 0x180...0x24F, 0x370...0x3FF, 0x460...0x48F, 0x4C0...0x52F: return lowercaseMapping(c)
    default: return c
    }
  }

  /// Unicode's lowercase mapping of `c` when it is one scalar, else `c`.
  private static func lowercaseMapping(_ c: UInt32) -> UInt32 {
    guard let scalar = Unicode.Scalar(c), scalar.properties.changesWhenLowercased else { return c }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first?.value ?? c : c
  }

  /// The script of a letter, `nil` for a mark to skip, or `.other` with `isLetter` false for
  /// what ends a word. Must match `is_letter` and `is_ignored` in the profile builder.
  @inline(__always)
  static func classify(_ c: UInt32) -> (script: Script, isLetter: Bool)? {
    switch c {
    // a…z, A…Z; MULTIPLICATION and DIVISION SIGN end a word; Latin-1 and Latin Extended
    // letters; the combining diacritics are skipped; Greek; Cyrillic.
    case 0x61...0x7A, 0x41...0x5A: return (.latin, true)
    case 0xD7, 0xF7: return (.other, false)
    case 0xC0...0x24F: return (.latin, true)
    case 0x300...0x36F: return nil
    case 0x370...0x3FF: return (.other, true)
    case 0x400...0x52F: return (.cyrillic, true)
    // Arabic: the honorific signs, TATWEEL and the vowel marks, SUPERSCRIPT ALEF and the
    // Quranic marks are skipped; the letters (Persian and Urdu ones included) counted.
    case 0x610...0x61A, 0x640...0x65F, 0x670, 0x6D6...0x6ED: return nil
    case 0x620...0x63F, 0x641...0x64A, 0x66E...0x66F, 0x671...0x6D3, 0x6D5, 0x6EE...0x6EF,
      0x6FA...0x6FF:
      return (.arabic, true)
    // ZERO WIDTH NON-JOINER is inside a word; then hiragana, katakana and the prolonged
    // sound mark, CJK ideographs (extension A, unified, compatibility).
    case 0x200C: return (.other, true)
    case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC: return (.kana, true)
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return (.han, true)
    default: return (.other, false)
    }
  }

  let model: LanguageModel

  /// The tables, borrowed for one scan.
  private struct Tables {
    var unigrams: UnsafePointer<UInt64>
    var bigrams: UnsafePointer<UInt64>
    var trigrams: UnsafePointer<UInt64>
    var wordKeys: UnsafePointer<UInt64>
    var wordPenalties: UnsafePointer<UInt64>
  }

  /// Running sums of 16 byte costs in 16-bit lanes, four lanes to a word: even lanes 0–6,
  /// odd lanes 1–7, even lanes 8–14, odd lanes 9–15. Flushed before a lane can overflow.
  private struct LaneSums {
    var evenLow: UInt64 = 0
    var oddLow: UInt64 = 0
    var evenHigh: UInt64 = 0
    var oddHigh: UInt64 = 0

    static let evenBytes: UInt64 = 0x00FF_00FF_00FF_00FF

    /// Adds the 16 byte costs of slot `slot` of `table`.
    @inline(__always)
    mutating func add(_ table: UnsafePointer<UInt64>, _ slot: Int) {
      let low = table[2 &* slot]
      let high = table[2 &* slot &+ 1]
      evenLow &+= low & Self.evenBytes
      oddLow &+= (low &>> 8) & Self.evenBytes
      evenHigh &+= high & Self.evenBytes
      oddHigh &+= (high &>> 8) & Self.evenBytes
    }

    /// The 16 sums, widened.
    var lanes: SIMD16<UInt32> {
      var result = SIMD16<UInt32>.zero
      for lane in 0..<4 {
        let shift = UInt64(16 * lane)
        result[2 * lane] = UInt32(truncatingIfNeeded: (evenLow >> shift) & 0xFFFF)
        result[2 * lane + 1] = UInt32(truncatingIfNeeded: (oddLow >> shift) & 0xFFFF)
        result[2 * lane + 8] = UInt32(truncatingIfNeeded: (evenHigh >> shift) & 0xFFFF)
        result[2 * lane + 9] = UInt32(truncatingIfNeeded: (oddHigh >> shift) & 0xFFFF)
      }
      return result
    }
  }

  /// Letters per chunk: the codes of one chunk are decoded first, then scored.
  static let chunkLetters = 24

  /// ASCII letters folded to lowercase; 0 for everything else.
  private static let asciiLetters: [UInt8] = (0..<128).map { byte in
    switch byte {
    case 0x41...0x5A: UInt8(byte + 32)
    case 0x61...0x7A: UInt8(byte)
    default: 0
    }
  }

  /// Scans `text` (valid UTF-8) up to `limit` bytes; every `checkEvery` letters `isDecided`
  /// may end the scan early.
  func scan(
    _ text: UnsafeBufferPointer<UInt8>, limit: Int, checkEvery: Int = 24,
    isDecided: (Scan) -> Bool
  ) -> Scan {
    model.unigrams.withUnsafeBufferPointer { unigrams in
      model.bigrams.withUnsafeBufferPointer { bigrams in
        model.trigrams.withUnsafeBufferPointer { trigrams in
          model.wordKeys.withUnsafeBufferPointer { wordKeys in
            model.wordPenalties.withUnsafeBufferPointer { wordPenalties in
              Self.asciiLetters.withUnsafeBufferPointer { ascii in
                guard let unigrams = unigrams.baseAddress, let bigrams = bigrams.baseAddress,
                  let trigrams = trigrams.baseAddress, let wordKeys = wordKeys.baseAddress,
                  let wordPenalties = wordPenalties.baseAddress
                else { return Scan() }
                let tables = Tables(
                  unigrams: unigrams, bigrams: bigrams, trigrams: trigrams, wordKeys: wordKeys,
                  wordPenalties: wordPenalties)
                return Self.scan(
                  text, limit: limit, tables: tables, ascii: ascii, checkEvery: checkEvery,
                  isDecided: isDecided)
              }
            }
          }
        }
      }
    }
  }

  /// Whether the ASCII byte `lead`, just read (`index` is past it), starts or continues a
  /// link: `://` after a scheme, `www.`, or `@`/`#` before a letter or digit (handles,
  /// hashtags, the domain of an address).
  @inline(__always)
  private static func isLinkStart(
    _ lead: UInt8, _ bytes: UnsafePointer<UInt8>, _ index: Int, _ end: Int, wordLetters: Int
  ) -> Bool {
    switch lead {
    case UInt8(ascii: ":"):
      return index + 1 < end && bytes[index] == UInt8(ascii: "/")
        && bytes[index + 1] == UInt8(ascii: "/")
    case UInt8(ascii: "."):
      return wordLetters == 3 && index >= 4 && bytes[index - 4] | 0x20 == UInt8(ascii: "w")
        && bytes[index - 3] | 0x20 == UInt8(ascii: "w")
        && bytes[index - 2] | 0x20 == UInt8(ascii: "w")
    case UInt8(ascii: "@"), UInt8(ascii: "#"):
      guard index < end else { return false }
      let next = bytes[index] | 0x20
      return (0x61...0x7A).contains(next) || (0x30...0x39).contains(bytes[index])
    default:
      return false
    }
  }

  private static func scan(
    _ text: UnsafeBufferPointer<UInt8>, limit: Int, tables: Tables,
    ascii: UnsafeBufferPointer<UInt8>, checkEvery: Int, isDecided: (Scan) -> Bool
  ) -> Scan {
    var scan = Scan()
    guard let bytes = text.baseAddress, let asciiBase = ascii.baseAddress else { return scan }
    let end = min(text.count, limit)
    let boundary = Self.boundary
    // Room for a chunk of letters, each possibly followed by a word boundary.
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * chunkLetters + 2) {
      codes in
      guard let buffer = codes.baseAddress else { return scan }
      var latin: UInt32 = 0
      var others = SIMD8<UInt32>.zero  // letters of the other scripts, rarer in a chunk
      var index = 0
      var previous1: UInt32 = 0  // two codes back in the padded word; 0 before its 2nd letter
      var previous2: UInt32 = boundary
      var wordLength = 0
      var wordHash = wordSeed
      var nextCheck = checkEvery
      var lastWasBoundary = true
      while index < end {
        // Decode up to a chunk of letters into `buffer`, word edges as `boundary`.
        var count = 0
        var letters = 0
        // Where the current word starts in `buffer` (-1: in an earlier chunk), its letters.
        var wordStart = lastWasBoundary ? 0 : -1
        var wordLetters = 0
        while index < end, letters < chunkLetters {
          let lead = bytes[index]
          var code: UInt32
          var script = Script.latin
          if lead < 0x80 {
            index &+= 1
            code = UInt32(asciiBase[Int(lead)])
            if code == 0 {
              // Links, handles and hashtags are not prose: drop them up to the next space.
              if isLinkStart(lead, bytes, index, end, wordLetters: wordLetters) {
                if wordStart >= 0, wordLetters > 0 {
                  count = wordStart
                  latin &-= UInt32(wordLetters)
                  letters &-= wordLetters
                  wordLetters = 0
                }
                while index < end, bytes[index] > 0x20 { index &+= 1 }
              }
              if !lastWasBoundary {
                buffer[count] = boundary
                count &+= 1
                lastWasBoundary = true
              }
              wordStart = count
              wordLetters = 0
              continue
            }
          } else {
            var value = UInt32(lead)
            if lead < 0xE0 {
              guard index + 1 < end else {
                index = end
                break
              }
              value = (value & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
              index &+= 2
            } else if lead < 0xF0 {
              guard index + 2 < end else {
                index = end
                break
              }
              value =
                (value & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                | UInt32(bytes[index + 2] & 0x3F)
              index &+= 3
            } else {
              guard index + 3 < end else {
                index = end
                break
              }
              value =
                (value & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
              index &+= 4
            }
            guard let kind = classify(value) else { continue }
            guard kind.isLetter else {
              if !lastWasBoundary {
                buffer[count] = boundary
                count &+= 1
                lastWasBoundary = true
              }
              wordStart = count
              wordLetters = 0
              continue
            }
            script = kind.script
            code = fold(value)
          }
          if script == .latin {
            latin &+= 1
          } else {
            others[script.rawValue] &+= 1
          }
          letters &+= 1
          if script == .han || script == .kana {
            // Ideographs and kana make no n-grams; they only end a word.
            if !lastWasBoundary {
              buffer[count] = boundary
              count &+= 1
              lastWasBoundary = true
            }
            wordStart = count
            wordLetters = 0
          } else {
            buffer[count] = code
            count &+= 1
            wordLetters &+= 1
            lastWasBoundary = false
          }
        }
        if index >= end, !lastWasBoundary {
          buffer[count] = boundary
          count &+= 1
          lastWasBoundary = true
        }
        // Score the chunk.
        var sums = LaneSums()
        var words = LaneSums()
        var features = 0
        for position in 0..<count {
          let code = buffer[position]
          if code == boundary {
            guard wordLength > 0 else { continue }
            sums.add(
              tables.bigrams,
              LanguageModel.slot(
                LanguageModel.key(previous2, boundary), bits: LanguageModel.bigramBits))
            sums.add(
              tables.trigrams,
              LanguageModel.slot(
                LanguageModel.key(previous1, previous2, boundary), bits: LanguageModel.trigramBits))
            features &+= 2
            if wordLength <= 12 {
              let key = wordHash | 1
              let mask = (1 << LanguageModel.wordBits) - 1
              var slot = LanguageModel.slot(key, bits: LanguageModel.wordBits)
              while tables.wordKeys[slot] != 0 {
                if tables.wordKeys[slot] == key {
                  words.add(tables.wordPenalties, slot)
                  break
                }
                slot = (slot &+ 1) & mask
              }
            }
            wordLength = 0
            wordHash = wordSeed
            previous1 = 0
            previous2 = boundary
            continue
          }
          sums.add(
            tables.unigrams,
            LanguageModel.slot(
              LanguageModel.key(code), bits: LanguageModel.unigramBits))
          sums.add(
            tables.bigrams,
            LanguageModel.slot(
              LanguageModel.key(previous2, code), bits: LanguageModel.bigramBits))
          features &+= 2
          if previous1 != 0 {
            sums.add(
              tables.trigrams,
              LanguageModel.slot(
                LanguageModel.key(previous1, previous2, code), bits: LanguageModel.trigramBits))
            features &+= 1
          }
          previous1 = previous2
          previous2 = code
          wordLength &+= 1
          wordHash = mix(wordHash, code)
        }
        scan.ngramCost &+= sums.lanes
        scan.wordCost &+= words.lanes
        scan.features &+= features
        scan.letters = others
        scan.letters[Script.latin.rawValue] = latin
        if scan.totalLetters >= nextCheck {
          nextCheck = scan.totalLetters + checkEvery
          if isDecided(scan) { break }
        }
      }
      return scan
    }
  }
}
