import Foundation

/// Identifies the language of a text: script first, then per-language data.
///
/// The script of most letters selects the candidates (Latin, Cyrillic, Arabic, Han; Han
/// text with kana is Japanese). Candidates are then scored in one pass with the character
/// 1–3-gram costs and stop words of their profiles in `Resources/language/`; the scan stops
/// early once one language leads by a decisive margin (for news prose, after 48 letters).
/// Confidence is lowered when the text fits even its best profile poorly (a language
/// without a profile, mis-decoded bytes) and when letters of other scripts are mixed in.
///
/// ```swift
/// if let found = LanguageIdentifier.shared.identify("Des raids aériens ont fait 22 morts") {
///   print(found.code, found.confidence)  // fr 0.99…
/// }
/// ```
public final class LanguageIdentifier: Sendable {
  /// A language and how sure the identification is.
  public struct Identification: Sendable, Hashable {
    /// BCP-47 primary language code.
    public var code: String
    /// From 0 to 1: the share of belief left to this language after comparing its fit with
    /// the other candidates' (≥ 0.9 only when clearly decided).
    public var confidence: Double
  }

  /// A fuller answer, for choosing among decodings.
  struct Evaluation {
    /// The best language.
    var code: String
    /// Its English name.
    var name: String
    /// As in `Identification`.
    var confidence: Double
    /// How much worse than its training text the best language fits, in bits per n-gram:
    /// under 1 for text the model knows, more for noise (mis-decoded bytes).
    var excessBits: Double
  }

  /// The identifier loaded from the bundled resources.
  public static let shared = LanguageIdentifier(model: LanguageModel.loadBundled())

  /// Fewer letters than this (of alphabetic scripts) give no answer.
  static let minimumLetters = 20
  /// Fewer Han or kana characters than this give no answer.
  static let minimumIdeographs = 8
  /// How many bytes are read at most.
  static let maximumBytes = 8192
  /// How much of a report `sample(of:)` takes.
  static let sampleBytes = 512
  /// Costs are divided by this before comparison: the 1-, 2- and 3-grams at each letter
  /// overlap and are far from independent, and raw naive-Bayes odds are overconfident.
  static let temperature = 6.0
  /// The lead (in tempered bits) past which the scan stops: odds of about 1000 to 1.
  static let decisiveLead = 10.0
  /// Bits per n-gram worse than the training text at which confidence is halved. Paragraphs
  /// of the 14 languages stay within 1 bit; Polish read as English or Czech as Dutch are
  /// 2.3–2.5 bits worse, UTF-8 Turkish misread as Windows-1252 (`Ä±`) 1.4.
  static let poorFit = 1.6

  let model: LanguageModel
  let scanner: LanguageScanner
  /// The lanes of each writing system of `scriptNames`.
  let lanesByScript: [[Int]]
  /// The index in `scriptNames` of each lane's script (-1 for none).
  let laneScripts: [Int]

  init(model: LanguageModel) {
    self.model = model
    self.scanner = LanguageScanner(model: model)
    self.lanesByScript = Self.scriptNames.map { script in
      model.languages.indices.filter { model.languages[$0].script == script }
    }
    self.laneScripts = model.languages.map { Self.scriptNames.firstIndex(of: $0.script) ?? -1 }
  }

  /// The codes of the languages this identifier knows, in profile order.
  public var languages: [String] { model.languages.map(\.code) }

  /// The most likely language of `text`, or `nil` when there is too little to tell.
  public func identify(_ text: String) -> Identification? {
    guard let (scan, lanes) = scanAndSelect(text), let best = best(scan, lanes: lanes) else {
      return nil
    }
    return Identification(code: model.languages[best.lane].code, confidence: best.confidence)
  }

  /// The candidate languages of `text`, most likely first, with their confidences (which add
  /// up to at most 1); empty when there is too little to tell.
  public func ranked(_ text: String) -> [Identification] {
    guard let (scan, lanes) = scanAndSelect(text) else { return [] }
    return rank(scan, lanes: lanes).map {
      Identification(code: model.languages[$0.lane].code, confidence: $0.confidence)
    }
  }

  func evaluate(_ text: String) -> Evaluation? {
    guard let (scan, lanes) = scanAndSelect(text), let best = best(scan, lanes: lanes)
    else { return nil }
    let language = model.languages[best.lane]
    let bits = excess(scan, lane: best.lane)
    return Evaluation(
      code: language.code, name: language.name, confidence: best.confidence,
      excessBits: bits)
  }

  /// Identifies `text` `repetitions` times and returns the bytes read per second of CPU
  /// time of the calling thread (for `parallax-bench`; CPU time, so that other users of a
  /// shared machine do not distort it).
  public func measureThroughput(_ text: String, repetitions: Int) -> Double {
    var found = 0
    let start = Self.threadSeconds()
    for _ in 0..<repetitions where identify(text) != nil { found += 1 }
    let seconds = Self.threadSeconds() - start
    return found < 0 || seconds <= 0 ? 0 : Double(text.utf8.count * repetitions) / seconds
  }

  /// CPU seconds used by the calling thread.
  static func threadSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// The part of a report that identification reads: its first paragraphs, a little over
  /// `sampleBytes` bytes (the scan stops once it is sure, after 48–64 letters, anyway).
  static func sample(of report: Report) -> String {
    var sample = ""
    sample.reserveCapacity(sampleBytes + 256)
    for paragraph in report.paragraphs {
      sample += paragraph.text
      sample += "\n"
      if sample.utf8.count > sampleBytes { break }
    }
    return sample
  }

  // MARK: - Scoring

  /// `identify(Self.sample(of: report))` without building the sample string (it is copied
  /// into a temporary buffer, on the stack when small), with the sample's length in Unicode
  /// scalars.
  func identifySample(of report: Report) -> (found: Identification?, scalars: Int) {
    var length = 0
    var taken = 0
    for paragraph in report.paragraphs {
      length += paragraph.text.utf8.count + 1
      taken += 1
      if length > Self.sampleBytes { break }
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { buffer in
      var filled = 0
      guard let base = buffer.baseAddress else { return (nil, 0) }
      for paragraph in report.paragraphs.prefix(taken) {
        let copied = paragraph.text.utf8.withContiguousStorageIfAvailable { source -> Int in
          if let start = source.baseAddress {
            (base + filled).initialize(from: start, count: source.count)
          }
          return source.count
        }
        if let copied {
          filled += copied
        } else {
          for byte in paragraph.text.utf8 {
            buffer[filled] = byte
            filled += 1
          }
        }
        buffer[filled] = 0x0A
        filled += 1
      }
      let sample = UnsafeBufferPointer(rebasing: buffer[..<filled])
      var scalars = 0
      for byte in sample where byte & 0xC0 != 0x80 { scalars += 1 }
      guard let (scan, lanes) = scanAndSelect(utf8: sample), let best = best(scan, lanes: lanes)
      else { return (nil, scalars) }
      let found = Identification(
        code: model.languages[best.lane].code, confidence: best.confidence)
      return (found, scalars)
    }
  }

  /// Scans `text` and picks the candidate lanes from its main script; `nil` if too short.
  private func scanAndSelect(_ text: String) -> (LanguageScanner.Scan, [Int])? {
    var text = text
    return text.withUTF8 { scanAndSelect(utf8: $0) }
  }

  private func scanAndSelect(utf8 buffer: UnsafeBufferPointer<UInt8>)
    -> (LanguageScanner.Scan, [Int])?
  {
    guard !model.languages.isEmpty else { return nil }
    let scan = scanner.scan(buffer, limit: Self.maximumBytes) { isDecided($0) }
    let lanes = candidates(scan)
    guard !lanes.isEmpty else { return nil }
    let alphabetic = scan.count(.latin) + scan.count(.cyrillic) + scan.count(.arabic)
    let ideographs = scan.count(.han) + scan.count(.kana)
    guard alphabetic >= Self.minimumLetters || ideographs >= Self.minimumIdeographs
    else { return nil }
    return (scan, lanes)
  }

  /// Whether the scan so far settles the answer.
  private func isDecided(_ scan: LanguageScanner.Scan) -> Bool {
    guard scan.totalLetters >= 48 else { return false }
    let lanes = candidates(scan)
    guard lanes.count > 1 else { return scan.totalLetters >= 64 && !lanes.isEmpty }
    guard dominance(scan, lanes: lanes) >= 0.95 else { return false }
    var best = Double.infinity
    var second = Double.infinity
    var leader = lanes[0]
    for lane in lanes {
      let cost = Self.tempered(scan, lane)
      if cost < best {
        second = best
        best = cost
        leader = lane
      } else if cost < second {
        second = cost
      }
    }
    let leaderExcess = excess(scan, lane: leader)
    // Text no profile fits (another language) will not become confident: stop reading.
    if scan.totalLetters >= 256, leaderExcess >= Self.poorFit + 0.5 { return true }
    return second - best >= Self.decisiveLead && leaderExcess < Self.poorFit - 0.5
  }

  /// Writing systems that select candidates, in the order of `lanesByScript`.
  static let scriptNames = ["latin", "cyrillic", "arabic", "han", "japanese"]

  /// The lanes of the languages written in the script of most letters.
  private func candidates(_ scan: LanguageScanner.Scan) -> [Int] {
    let kana = scan.count(.kana)
    let cjk = scan.count(.han) + kana
    var top = 0
    var topCount = scan.count(.latin)
    if scan.count(.cyrillic) > topCount {
      top = 1
      topCount = scan.count(.cyrillic)
    }
    if scan.count(.arabic) > topCount {
      top = 2
      topCount = scan.count(.arabic)
    }
    if cjk > topCount {
      top = kana >= max(2, cjk / 20) ? 4 : 3
      topCount = cjk
    }
    return topCount > 0 ? lanesByScript[top] : []
  }

  /// The share of letters in the candidates' script.
  private func dominance(_ scan: LanguageScanner.Scan, lanes: [Int]) -> Double {
    guard let lane = lanes.first, scan.totalLetters > 0 else { return 0 }
    let main: Int
    switch laneScripts[lane] {
    case 0: main = scan.count(.latin)
    case 1: main = scan.count(.cyrillic)
    case 2: main = scan.count(.arabic)
    default: main = scan.count(.han) + scan.count(.kana)
    }
    return Double(main) / Double(scan.totalLetters)
  }

  /// How much worse than its training text the scan fits a lane's language, in bits per
  /// n-gram.
  private func excess(_ scan: LanguageScanner.Scan, lane: Int) -> Double {
    let expected = model.languages[lane].fit
    return expected > 0 ? fit(scan, lane: lane) - expected : 0
  }

  /// The share of belief kept when the text fits its best language poorly (a language
  /// outside the model, mis-decoded bytes, a list of names): 1 when it fits as well as the
  /// training text, ½ at `poorFit` bits per n-gram worse, near 0 a bit beyond.
  private func fitFactor(_ scan: LanguageScanner.Scan, lane: Int) -> Double {
    1 / (1 + pow(2, (excess(scan, lane: lane) - Self.poorFit) * 6))
  }

  /// The average n-gram cost of a lane, in bits.
  private func fit(_ scan: LanguageScanner.Scan, lane: Int) -> Double {
    scan.features == 0
      ? 0 : Double(scan.ngramCost[lane]) / LanguageModel.scale / Double(scan.features)
  }

  /// A lane's total cost in tempered bits.
  private static func tempered(_ scan: LanguageScanner.Scan, _ lane: Int) -> Double {
    Double(scan.ngramCost[lane] + scan.wordCost[lane]) / LanguageModel.scale / temperature
  }

  /// Candidates with their confidences, best first (ties by profile order).
  private func rank(_ scan: LanguageScanner.Scan, lanes: [Int]) -> [(lane: Int, confidence: Double)]
  {
    if lanes.count == 1, let lane = lanes.first {
      let letters = Double(scan.count(.han) + scan.count(.kana))
      return [(lane, dominance(scan, lanes: lanes) * min(0.99, 0.5 + letters / 40))]
    }
    var costs: [(lane: Int, cost: Double)] = lanes.map { lane in (lane, Self.tempered(scan, lane)) }
    costs.sort { left, right in
      left.cost != right.cost ? left.cost < right.cost : left.lane < right.lane
    }
    guard let best = costs.first?.cost else { return [] }
    let weights: [Double] = costs.map { Self.pow2(best - $0.cost) }
    let total: Double = weights.reduce(0, +)
    let share = dominance(scan, lanes: lanes) * fitFactor(scan, lane: costs[0].lane) / total
    return zip(costs, weights).map { pair in (pair.0.lane, share * pair.1) }
  }

  /// The best candidate and its confidence, as `rank` gives it first, without sorting.
  private func best(_ scan: LanguageScanner.Scan, lanes: [Int]) -> (lane: Int, confidence: Double)?
  {
    guard let first = lanes.first else { return nil }
    if lanes.count == 1 { return rank(scan, lanes: lanes).first }
    var leader = first
    var best = Double.infinity
    for lane in lanes {
      let cost = Self.tempered(scan, lane)
      if cost < best {
        best = cost
        leader = lane
      }
    }
    var total = 0.0
    for lane in lanes { total += Self.pow2(best - Self.tempered(scan, lane)) }
    return (leader, dominance(scan, lanes: lanes) * fitFactor(scan, lane: leader) / total)
  }

  private static func pow2(_ exponent: Double) -> Double {
    exponent < -60 ? 0 : pow(2, exponent)
  }
}
