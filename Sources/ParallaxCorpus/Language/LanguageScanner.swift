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
  static let boundary: UInt32 = 0x5F
  static let wordSeed: UInt64 = 0xCBF2_9CE4_8422_2325

  /// One step of the word hash.
  @inline(__always)
  static func mix(_ hash: UInt64, _ code: UInt32) -> UInt64 {
    (hash ^ UInt64(code)) &* 0x0000_0100_0000_01B3
  }

  /// Lowercase without language rules; must match `fold` in the profile builder.
  @inline(__always)
  static func fold(_ c: UInt32) -> UInt32 {
    switch c {
    case 0x41...0x5A: return c + 32
    case 0x130: return 0x69
    case 0xC0...0xDE where c != 0xD7: return c + 32
    case 0x100...0x137, 0x14A...0x177: return c | 1
    case 0x139...0x148, 0x179...0x17E: return c & 1 == 1 ? c + 1 : c
    case 0x178: return 0xFF
    case 0x410...0x42F: return c + 0x20
    case 0x400...0x40F: return c + 0x50
    case 0x490...0x4BF: return c | 1
    default: return c
    }
  }

  /// The script of a letter, `nil` for a mark to skip, or `.other` with `isLetter` false for
  /// what ends a word. Must match `is_letter` and `is_ignored` in the profile builder.
  @inline(__always)
  static func classify(_ c: UInt32) -> (script: Script, isLetter: Bool)? {
    switch c {
    case 0x61...0x7A, 0x41...0x5A: return (.latin, true)
    case 0xD7, 0xF7: return (.other, false)
    case 0xC0...0x24F: return (.latin, true)
    case 0x300...0x36F: return nil
    case 0x370...0x3FF: return (.other, true)
    case 0x400...0x52F: return (.cyrillic, true)
    case 0x610...0x61A, 0x640...0x65F, 0x670, 0x6D6...0x6ED: return nil
    case 0x620...0x63F, 0x641...0x64A, 0x66E...0x66F, 0x671...0x6D3, 0x6D5, 0x6EE...0x6EF,
      0x6FA...0x6FF:
      return (.arabic, true)
    case 0x200C: return (.other, true)
    case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC: return (.kana, true)
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return (.han, true)
    default: return (.other, false)
    }
  }

  let model: LanguageModel

  /// The tables, borrowed for one scan.
  private struct Tables {
    var unigrams: UnsafeBufferPointer<UInt64>
    var bigrams: UnsafeBufferPointer<UInt64>
    var trigrams: UnsafeBufferPointer<UInt64>
    var wordKeys: UnsafeBufferPointer<UInt64>
    var wordPenalties: UnsafeBufferPointer<UInt64>
  }

  /// The running state of a scan; plain values so that the optimizer keeps them in registers.
  private struct State {
    var scan = Scan()
    /// Costs in 16-bit lanes: even lanes 0–6, odd lanes 1–7, even lanes 8–14, odd 9–15.
    var costs: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var pending = 0
    /// The code two places back in the padded word; 0 before a word's second letter.
    var previous1: UInt32 = 0
    var previous2: UInt32 = LanguageScanner.boundary
    var wordLength = 0
    var wordHash = LanguageScanner.wordSeed
    var latin = 0
    var cyrillic = 0
    var arabic = 0
    var han = 0
    var kana = 0
    var other = 0

    var letterCount: Int { latin + cyrillic + arabic + han + kana + other }

    static let evenBytes: UInt64 = 0x00FF_00FF_00FF_00FF

    /// Adds the 16 byte costs of table slot `slot` to the 16-bit sums.
    @inline(__always)
    mutating func add(_ table: UnsafeBufferPointer<UInt64>, _ slot: Int) {
      let low = table[2 &* slot]
      let high = table[2 &* slot &+ 1]
      costs.0 &+= low & Self.evenBytes
      costs.1 &+= (low >> 8) & Self.evenBytes
      costs.2 &+= high & Self.evenBytes
      costs.3 &+= (high >> 8) & Self.evenBytes
      pending += 1
    }

    @inline(__always)
    mutating func letter(_ code: UInt32, _ tables: Tables) {
      add(
        tables.unigrams,
        LanguageModel.slot(LanguageModel.key(code), bits: LanguageModel.unigramBits))
      add(
        tables.bigrams,
        LanguageModel.slot(LanguageModel.key(previous2, code), bits: LanguageModel.bigramBits))
      scan.features += 2
      if previous1 != 0 {
        add(
          tables.trigrams,
          LanguageModel.slot(
            LanguageModel.key(previous1, previous2, code), bits: LanguageModel.trigramBits))
        scan.features += 1
      }
      previous1 = previous2
      previous2 = code
      wordLength += 1
      wordHash = LanguageScanner.mix(wordHash, code)
    }

    @inline(__always)
    mutating func endWord(_ tables: Tables) {
      let boundary = LanguageScanner.boundary
      add(
        tables.bigrams,
        LanguageModel.slot(LanguageModel.key(previous2, boundary), bits: LanguageModel.bigramBits))
      add(
        tables.trigrams,
        LanguageModel.slot(
          LanguageModel.key(previous1, previous2, boundary), bits: LanguageModel.trigramBits))
      scan.features += 2
      if wordLength <= 12 {
        let key = wordHash | 1
        let mask = tables.wordKeys.count - 1
        var slot = LanguageModel.slot(key, bits: LanguageModel.wordBits)
        while tables.wordKeys[slot] != 0 {
          if tables.wordKeys[slot] == key {
            let low = tables.wordPenalties[2 &* slot]
            let high = tables.wordPenalties[2 &* slot &+ 1]
            words.0 &+= low & Self.evenBytes
            words.1 &+= (low >> 8) & Self.evenBytes
            words.2 &+= high & Self.evenBytes
            words.3 &+= (high >> 8) & Self.evenBytes
            pending += 1
            break
          }
          slot = (slot + 1) & mask
        }
      }
      wordLength = 0
      wordHash = LanguageScanner.wordSeed
      previous1 = 0
      previous2 = boundary
    }

    /// The 16 lane sums held in the four words of 16-bit lanes.
    static func unpack(_ sums: (UInt64, UInt64, UInt64, UInt64)) -> SIMD16<UInt32> {
      var result = SIMD16<UInt32>.zero
      for lane in 0..<4 {
        let shift = UInt64(16 * lane)
        result[2 * lane] = UInt32(truncatingIfNeeded: (sums.0 >> shift) & 0xFFFF)
        result[2 * lane + 1] = UInt32(truncatingIfNeeded: (sums.1 >> shift) & 0xFFFF)
        result[2 * lane + 8] = UInt32(truncatingIfNeeded: (sums.2 >> shift) & 0xFFFF)
        result[2 * lane + 9] = UInt32(truncatingIfNeeded: (sums.3 >> shift) & 0xFFFF)
      }
      return result
    }

    /// Moves the 16-bit sums into the scan before they can overflow.
    @inline(__always)
    mutating func flush() {
      scan.ngramCost &+= Self.unpack(costs)
      scan.wordCost &+= Self.unpack(words)
      costs = (0, 0, 0, 0)
      words = (0, 0, 0, 0)
      pending = 0
      scan.letters = SIMD8(
        UInt32(latin), UInt32(cyrillic), UInt32(arabic), UInt32(han), UInt32(kana),
        UInt32(other), 0, 0)
    }
  }

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
    _ text: UnsafeBufferPointer<UInt8>, limit: Int, checkEvery: Int = 32,
    isDecided: (Scan) -> Bool
  ) -> Scan {
    model.unigrams.withUnsafeBufferPointer { unigrams in
      model.bigrams.withUnsafeBufferPointer { bigrams in
        model.trigrams.withUnsafeBufferPointer { trigrams in
          model.wordKeys.withUnsafeBufferPointer { wordKeys in
            model.wordPenalties.withUnsafeBufferPointer { wordPenalties in
              Self.asciiLetters.withUnsafeBufferPointer { ascii in
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

  private static func scan(
    _ text: UnsafeBufferPointer<UInt8>, limit: Int, tables: Tables,
    ascii: UnsafeBufferPointer<UInt8>, checkEvery: Int, isDecided: (Scan) -> Bool
  ) -> Scan {
    var state = State()
    guard let bytes = text.baseAddress else { return state.scan }
    let end = min(text.count, limit)
    var nextCheck = checkEvery
    var index = 0
    while index < end {
      let lead = bytes[index]
      var value = UInt32(lead)
      if lead < 0x80 {
        index += 1
        let folded = ascii[Int(lead)]
        if folded == 0 {
          if state.wordLength > 0 { state.endWord(tables) }
          continue
        }
        state.latin += 1
        state.letter(UInt32(folded), tables)
      } else {
        if lead < 0xE0 {
          guard index + 1 < end else { break }
          value = (value & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
          index += 2
        } else if lead < 0xF0 {
          guard index + 2 < end else { break }
          value =
            (value & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
            | UInt32(bytes[index + 2] & 0x3F)
          index += 3
        } else {
          guard index + 3 < end else { break }
          value =
            (value & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
          index += 4
        }
        guard let kind = classify(value) else { continue }
        guard kind.isLetter else {
          if state.wordLength > 0 { state.endWord(tables) }
          continue
        }
        switch kind.script {
        case .latin: state.latin += 1
        case .cyrillic: state.cyrillic += 1
        case .arabic: state.arabic += 1
        case .han: state.han += 1
        case .kana: state.kana += 1
        case .other: state.other += 1
        }
        if kind.script == .han || kind.script == .kana {
          if state.wordLength > 0 { state.endWord(tables) }
        } else {
          state.letter(fold(value), tables)
        }
      }
      if state.pending >= 200 { state.flush() }
      if state.letterCount >= nextCheck {
        nextCheck += checkEvery
        state.flush()
        if isDecided(state.scan) { break }
      }
    }
    if state.wordLength > 0 { state.endWord(tables) }
    state.flush()
    return state.scan
  }
}
