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

  /// Scans `text` (valid UTF-8) up to `limit` bytes; every `checkEvery` letters `isDecided`
  /// may end the scan early.
  func scan(
    _ text: UnsafeBufferPointer<UInt8>, limit: Int, checkEvery: Int = 48,
    isDecided: (Scan) -> Bool
  ) -> Scan {
    var scan = Scan()
    guard let bytes = text.baseAddress else { return scan }
    let end = min(text.count, limit)
    var costs16 = SIMD16<UInt16>.zero
    var words16 = SIMD16<UInt16>.zero
    var pending = 0
    var previous1: UInt32 = 0  // two codes back; 0 before the second letter of a word
    var previous2: UInt32 = Self.boundary
    var wordLength = 0
    var wordHash = Self.wordSeed
    var nextCheck = checkEvery
    var letterCount = 0
    var index = 0
    return model.unigrams.withUnsafeBufferPointer { uni in
      model.bigrams.withUnsafeBufferPointer { bi in
        model.trigrams.withUnsafeBufferPointer { tri in
          model.wordKeys.withUnsafeBufferPointer { keys in
            model.wordPenalties.withUnsafeBufferPointer { penalties in
              @inline(__always) func endWord() {
                costs16 &+= SIMD16(
                  truncatingIfNeeded: bi[
                    LanguageModel.slot(
                      LanguageModel.key(previous2, Self.boundary), bits: LanguageModel.bigramBits)])
                costs16 &+= SIMD16(
                  truncatingIfNeeded: tri[
                    LanguageModel.slot(
                      LanguageModel.key(previous1, previous2, Self.boundary),
                      bits: LanguageModel.trigramBits)])
                scan.features += 2
                if wordLength <= 12 {
                  let key = wordHash | 1
                  var slot = LanguageModel.slot(key, bits: LanguageModel.wordBits)
                  while keys[slot] != 0 {
                    if keys[slot] == key {
                      words16 &+= SIMD16(truncatingIfNeeded: penalties[slot])
                      break
                    }
                    slot = (slot + 1) & (keys.count - 1)
                  }
                }
                wordLength = 0
                wordHash = Self.wordSeed
                previous1 = 0
                previous2 = Self.boundary
                pending += 2
              }
              while index < end {
                let lead = bytes[index]
                var value = UInt32(lead)
                if lead < 0x80 {
                  index += 1
                } else if lead < 0xE0 {
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
                guard let kind = Self.classify(value) else { continue }
                guard kind.isLetter else {
                  if wordLength > 0 { endWord() }
                  continue
                }
                scan.letters[kind.script.rawValue] &+= 1
                letterCount += 1
                if kind.script == .han || kind.script == .kana {
                  if wordLength > 0 { endWord() }
                } else {
                  let code = Self.fold(value)
                  costs16 &+= SIMD16(
                    truncatingIfNeeded: uni[
                      LanguageModel.slot(
                        LanguageModel.key(code), bits: LanguageModel.unigramBits)])
                  costs16 &+= SIMD16(
                    truncatingIfNeeded: bi[
                      LanguageModel.slot(
                        LanguageModel.key(previous2, code), bits: LanguageModel.bigramBits)])
                  scan.features += 2
                  pending += 2
                  if previous1 != 0 {
                    costs16 &+= SIMD16(
                      truncatingIfNeeded: tri[
                        LanguageModel.slot(
                          LanguageModel.key(previous1, previous2, code),
                          bits: LanguageModel.trigramBits)])
                    scan.features += 1
                    pending += 1
                  }
                  previous1 = previous2
                  previous2 = code
                  wordLength += 1
                  wordHash = Self.mix(wordHash, code)
                }
                if pending >= 200 {
                  scan.ngramCost &+= SIMD16(truncatingIfNeeded: costs16)
                  scan.wordCost &+= SIMD16(truncatingIfNeeded: words16)
                  costs16 = .zero
                  words16 = .zero
                  pending = 0
                }
                if letterCount >= nextCheck {
                  nextCheck += checkEvery
                  var current = scan
                  current.ngramCost &+= SIMD16(truncatingIfNeeded: costs16)
                  current.wordCost &+= SIMD16(truncatingIfNeeded: words16)
                  if isDecided(current) {
                    index = end
                    break
                  }
                }
              }
              if wordLength > 0 { endWord() }
              scan.ngramCost &+= SIMD16(truncatingIfNeeded: costs16)
              scan.wordCost &+= SIMD16(truncatingIfNeeded: words16)
              return scan
            }
          }
        }
      }
    }
  }
}
