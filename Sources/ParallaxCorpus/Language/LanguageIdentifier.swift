import Foundation

/// Identifies the language of a text: script first, then per-language data.
///
/// The script of most letters selects the candidates (Latin, Cyrillic, Arabic, Han; Han
/// text with kana is Japanese). Candidates are then scored in one pass with the character
/// 1–3-gram costs and stop words of their profiles in `Resources/language/`; the scan stops
/// early once one language leads by a decisive margin.
///
/// ```swift
/// if let found = LanguageIdentifier.shared.identify("Des raids aériens ont fait 22 morts") {
///   print(found.code, found.confidence)  // fr 0.99…
/// }
/// ```
public struct LanguageIdentifier: Sendable {
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
    /// Average n-gram cost of the best language, in bits: low for text the model knows,
    /// high for noise (mis-decoded bytes).
    var bitsPerFeature: Double
  }

  /// The identifier loaded from the bundled resources.
  public static let shared = LanguageIdentifier(model: LanguageModel.loadBundled())

  /// Fewer letters than this (of alphabetic scripts) give no answer.
  static let minimumLetters = 20
  /// Fewer Han or kana characters than this give no answer.
  static let minimumIdeographs = 8
  /// How many bytes are read at most.
  static let maximumBytes = 8192
  /// Costs are divided by this before comparison: the 1-, 2- and 3-grams at each letter
  /// overlap and are far from independent, and raw naive-Bayes odds are overconfident.
  static let temperature = 6.0
  /// The lead (in tempered bits) past which the scan stops: odds of about 1000 to 1.
  static let decisiveLead = 10.0

  let model: LanguageModel
  let scanner: LanguageScanner

  init(model: LanguageModel) {
    self.model = model
    self.scanner = LanguageScanner(model: model)
  }

  /// The codes of the languages this identifier knows, in profile order.
  public var languages: [String] { model.languages.map(\.code) }

  /// The most likely language of `text`, or `nil` when there is too little to tell.
  public func identify(_ text: String) -> Identification? {
    ranked(text).first
  }

  /// The candidate languages of `text`, most likely first, with their confidences (which add
  /// up to at most 1); empty when there is too little to tell.
  public func ranked(_ text: String) -> [Identification] {
    guard let (scan, lanes) = scanAndSelect(text) else { return [] }
    return Self.rank(scan, lanes: lanes, dominance: dominance(scan, lanes: lanes)).map {
      Identification(code: model.languages[$0.lane].code, confidence: $0.confidence)
    }
  }

  func evaluate(_ text: String) -> Evaluation? {
    guard let (scan, lanes) = scanAndSelect(text),
      let best = Self.rank(scan, lanes: lanes, dominance: dominance(scan, lanes: lanes)).first
    else { return nil }
    let language = model.languages[best.lane]
    let bits =
      scan.features == 0
      ? 0 : Double(scan.ngramCost[best.lane]) / LanguageModel.scale / Double(scan.features)
    return Evaluation(
      code: language.code, name: language.name, confidence: best.confidence,
      bitsPerFeature: bits)
  }

  /// Identifies `text` `repetitions` times and returns the bytes read per second
  /// (for `parallax-bench`).
  public func measureThroughput(_ text: String, repetitions: Int) -> Double {
    let clock = ContinuousClock()
    var found = 0
    let elapsed = clock.measure {
      for _ in 0..<repetitions where identify(text) != nil { found += 1 }
    }
    let seconds =
      Double(elapsed.components.seconds)
      + Double(elapsed.components.attoseconds) / 1e18
    return found < 0 || seconds <= 0 ? 0 : Double(text.utf8.count * repetitions) / seconds
  }

  /// The part of a report that identification reads: the first few thousand characters.
  static func sample(of report: Report) -> String {
    var sample = ""
    for paragraph in report.paragraphs {
      sample += paragraph.text
      sample += "\n"
      if sample.utf8.count > 2048 { break }
    }
    return sample
  }

  // MARK: - Scoring

  /// Scans `text` and picks the candidate lanes from its main script; `nil` if too short.
  private func scanAndSelect(_ text: String) -> (LanguageScanner.Scan, [Int])? {
    guard !model.languages.isEmpty else { return nil }
    var text = text
    let scan = text.withUTF8 { buffer in
      scanner.scan(buffer, limit: Self.maximumBytes) { isDecided($0) }
    }
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
    guard scan.totalLetters >= 96 else { return false }
    let lanes = candidates(scan)
    guard lanes.count > 1 else { return scan.totalLetters >= 192 && !lanes.isEmpty }
    guard dominance(scan, lanes: lanes) >= 0.95 else { return false }
    let costs = lanes.map { Self.tempered(scan, $0) }.sorted()
    return costs[1] - costs[0] >= Self.decisiveLead
  }

  /// The lanes of the languages written in the script of most letters.
  private func candidates(_ scan: LanguageScanner.Scan) -> [Int] {
    let cjk = scan.count(.han) + scan.count(.kana)
    let counts: [(String, Int)] = [
      ("latin", scan.count(.latin)), ("cyrillic", scan.count(.cyrillic)),
      ("arabic", scan.count(.arabic)),
      (scan.count(.kana) >= max(2, cjk / 20) ? "japanese" : "han", cjk),
    ]
    guard let top = counts.max(by: { $0.1 < $1.1 }), top.1 > 0 else { return [] }
    return model.languages.indices.filter { model.languages[$0].script == top.0 }
  }

  /// The share of letters in the candidates' script.
  private func dominance(_ scan: LanguageScanner.Scan, lanes: [Int]) -> Double {
    guard let lane = lanes.first, scan.totalLetters > 0 else { return 0 }
    let main: Int
    switch model.languages[lane].script {
    case "latin": main = scan.count(.latin)
    case "cyrillic": main = scan.count(.cyrillic)
    case "arabic": main = scan.count(.arabic)
    default: main = scan.count(.han) + scan.count(.kana)
    }
    return Double(main) / Double(scan.totalLetters)
  }

  /// A lane's total cost in tempered bits.
  private static func tempered(_ scan: LanguageScanner.Scan, _ lane: Int) -> Double {
    Double(scan.ngramCost[lane] + scan.wordCost[lane]) / LanguageModel.scale / temperature
  }

  /// Candidates with their confidences, best first (ties by profile order).
  private static func rank(_ scan: LanguageScanner.Scan, lanes: [Int], dominance: Double)
    -> [(lane: Int, confidence: Double)]
  {
    if lanes.count == 1, let lane = lanes.first {
      let letters = Double(scan.count(.han) + scan.count(.kana))
      return [(lane, dominance * min(0.99, 0.5 + letters / 40))]
    }
    var costs: [(lane: Int, cost: Double)] = lanes.map { lane in (lane, tempered(scan, lane)) }
    costs.sort { left, right in
      left.cost != right.cost ? left.cost < right.cost : left.lane < right.lane
    }
    guard let best = costs.first?.cost else { return [] }
    let weights: [Double] = costs.map { pow2(best - $0.cost) }
    let total: Double = weights.reduce(0, +)
    return zip(costs, weights).map { pair in (pair.0.lane, dominance * pair.1 / total) }
  }

  private static func pow2(_ exponent: Double) -> Double {
    exponent < -60 ? 0 : pow(2, exponent)
  }
}
