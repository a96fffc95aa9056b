import Foundation

/// The language profiles of `Resources/language/`, turned into flat hashed tables.
///
/// Every table slot holds one cost per language (in eighths of a bit, one byte each, up to
/// 16 languages, packed in two words), so scoring an n-gram for all languages is two loads
/// and four adds of 16-bit lanes. Slots no n-gram of a language reached hold that language's
/// cost for an unseen n-gram; where n-grams of one language collide, the lower cost is kept.
/// Tables: 4,096 unigram, 8,192 bigram and 32,768 trigram slots (about 700 KB in all).
struct LanguageModel: Sendable {
  /// One language of the model.
  struct Language: Sendable, Equatable {
    /// BCP-47 code.
    var code: String
    /// English name, for notes.
    var name: String
    /// The writing system that selects it: `latin`, `cyrillic`, `arabic`, `han`, `japanese`.
    var script: String
    /// The average n-gram cost of its own training text, in bits.
    var fit = 0.0
  }

  /// Costs are stored in eighths of a bit.
  static let scale = 8.0
  /// The most languages a model holds (the lanes of a vector).
  static let maximumLanguages = 16
  /// What a stop word of one language costs the languages that do not list it, in bits.
  static let stopwordBits = 3.0

  /// Table sizes, as powers of two.
  static let unigramBits: UInt64 = 12
  static let bigramBits: UInt64 = 13
  static let trigramBits: UInt64 = 15
  static let wordBits: UInt64 = 13

  /// The languages, in lane order.
  var languages: [Language] = []
  /// The n-gram tables, two words per slot: the byte costs of lanes 0–7, then 8–15.
  var unigrams: [UInt64] = []
  var bigrams: [UInt64] = []
  var trigrams: [UInt64] = []
  /// Open-addressed stop-word table: a word's hash (0 = empty slot) and the penalty lanes.
  var wordKeys = [UInt64](repeating: 0, count: 1 << wordBits)
  var wordPenalties = [UInt64](repeating: 0, count: 2 << wordBits)

  /// The slot of `key` in a table of `1 << bits` slots.
  @inline(__always)
  static func slot(_ key: UInt64, bits: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
  }

  /// The key of an n-gram of folded codes (one to three).
  @inline(__always)
  static func key(_ a: UInt32, _ b: UInt32 = 0, _ c: UInt32 = 0) -> UInt64 {
    UInt64(a) | UInt64(b) << 21 | UInt64(c) << 42
  }

  /// The model built from the profiles in the bundled `language/` folder; empty if missing.
  static func loadBundled() -> LanguageModel {
    // `.copy("Resources")` keeps the folder's name inside the bundle.
    let bundle = "Parallax_ParallaxCorpus"
    guard
      let folder = ResourceLocator.url(bundle: bundle, "Resources/language")
        ?? ResourceLocator.url(bundle: bundle, "language"),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return LanguageModel() }
    let profiles = names.filter { $0.hasSuffix(".txt") && $0.count <= 7 }.sorted()
      .compactMap { name -> String? in
        // Read as bytes and validated as UTF-8 (what `String(contentsOf:encoding:)` checks,
        // without its conversion through Foundation's string).
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else {
          return nil
        }
        return String(validating: data, as: UTF8.self)
      }
    return LanguageModel(profiles: profiles)
  }

  /// An empty model: identifies nothing.
  init() {
    self.init(profiles: [LanguageProfile]())
  }

  /// A model from the text of profile files (the format of `Resources/language/fr.txt`).
  init(profiles: [String]) {
    self.init(profiles: profiles.map(LanguageProfile.init(text:)))
  }

  /// A model from read profiles (the first `maximumLanguages` with a code, in order).
  init(profiles: [LanguageProfile]) {
    var stopwords: [UInt64: Set<Int>] = [:]
    var unseen: [[UInt8]] = []
    var seen: [(order: Int, key: UInt64, lane: Int, cost: UInt8)] = []
    for profile in profiles.prefix(Self.maximumLanguages) {
      let lane = languages.count
      guard !profile.language.code.isEmpty else { continue }
      for word in profile.stopwords { stopwords[Self.wordKey(word), default: []].insert(lane) }
      for ngram in profile.ngrams { seen.append((ngram.order, ngram.key, lane, ngram.cost)) }
      languages.append(profile.language)
      unseen.append(profile.unseen)
    }
    var empty = [SIMD16<UInt8>](repeating: .zero, count: 3)
    for (lane, costs) in unseen.enumerated() {
      for order in 0..<3 { empty[order][lane] = costs[order] }
    }
    var unigrams = Array(repeating: empty[0], count: 1 << Self.unigramBits)
    var bigrams = Array(repeating: empty[1], count: 1 << Self.bigramBits)
    var trigrams = Array(repeating: empty[2], count: 1 << Self.trigramBits)
    for entry in seen where entry.lane < languages.count {
      switch entry.order {
      case 1: Self.lower(&unigrams, Self.slot(entry.key, bits: Self.unigramBits), entry)
      case 2: Self.lower(&bigrams, Self.slot(entry.key, bits: Self.bigramBits), entry)
      default: Self.lower(&trigrams, Self.slot(entry.key, bits: Self.trigramBits), entry)
      }
    }
    self.unigrams = Self.pack(unigrams)
    self.bigrams = Self.pack(bigrams)
    self.trigrams = Self.pack(trigrams)
    var penalties = [SIMD16<UInt8>](repeating: .zero, count: 1 << Self.wordBits)
    let penalty = Self.quantize(Self.stopwordBits)
    for (key, lanes) in stopwords.sorted(by: { $0.key < $1.key }) {
      var slot = Self.slot(key, bits: Self.wordBits)
      while wordKeys[slot] != 0 { slot = (slot + 1) & ((1 << Self.wordBits) - 1) }
      wordKeys[slot] = key
      for lane in 0..<languages.count where !lanes.contains(lane) {
        penalties[slot][lane] = penalty
      }
    }
    wordPenalties = Self.pack(penalties)
  }

  private static func lower(
    _ table: inout [SIMD16<UInt8>], _ slot: Int,
    _ entry: (order: Int, key: UInt64, lane: Int, cost: UInt8)
  ) {
    table[slot][entry.lane] = min(table[slot][entry.lane], entry.cost)
  }

  /// Vectors of 16 byte costs as pairs of words (lanes 0–7 in the first, little-endian), for
  /// adding eight lanes at a time in ordinary registers.
  static func pack(_ table: [SIMD16<UInt8>]) -> [UInt64] {
    var words: [UInt64] = []
    words.reserveCapacity(table.count * 2)
    for vector in table {
      var low: UInt64 = 0
      var high: UInt64 = 0
      for lane in 0..<8 {
        low |= UInt64(vector[lane]) << (8 * UInt64(lane))
        high |= UInt64(vector[lane + 8]) << (8 * UInt64(lane))
      }
      words.append(low)
      words.append(high)
    }
    return words
  }

  /// Bits to table units.
  static func quantize(_ bits: Double) -> UInt8 {
    UInt8(max(0, min(255, (bits * scale).rounded())))
  }

  /// The hash of a word, as the scanner computes it on the fly (never 0).
  static func wordKey(_ word: some StringProtocol) -> UInt64 {
    var hash = LanguageScanner.wordSeed
    for scalar in word.unicodeScalars {
      hash = LanguageScanner.mix(hash, LanguageScanner.fold(scalar.value))
    }
    return hash | 1
  }
}
