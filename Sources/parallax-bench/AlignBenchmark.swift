import Foundation
import ParallaxAlign

/// `parallax-bench align`: the aligner's speed, memory and accuracy on the Bleualign dev set
/// and on large parallel texts built from it (blocks of the dev set cut at gold bead
/// boundaries, shuffled block by block, repeated until the size is reached).
struct AlignBenchmark {
  var folder = "../shared/bench/align/bleualign-dev"
  /// Source units of the large text (0: the dev set itself).
  var sentences = 0
  var runs = 3
  /// Weight overrides, `name=value`.
  var settings: [String: Double] = [:]
  /// Sizes measured each in a child process (peak RSS), for `--memory`.
  var memorySizes: [Int] = []
  /// Where to write the beads, if anywhere.
  var dump: String?
  /// A folder of dictd dictionaries to use, if any.
  var dictionary: String?

  func run() throws {
    let (source, target, gold) = try load()
    if !memorySizes.isEmpty {
      for size in memorySizes {
        let child = try BenchTools.run(
          BenchTools.selfPath,
          ["align", "--dev", folder, "--sentences", String(size), "--runs", "1"])
        print(child.output.split(separator: "\n").last.map(String.init) ?? child.errors)
      }
      return
    }
    var sides = (source, target, gold)
    if sentences > 0 { sides = Self.enlarge(source, target, gold, to: sentences) }
    var options = AlignerOptions()
    for (name, value) in settings.sorted(by: { $0.key < $1.key }) {
      try Self.set(&options, name, value)
    }
    var times: [Double] = []
    var lexicon: [LexiconEntry] = []
    if let dictionary {
      let start = BenchTools.cpuSeconds()
      let words = { (units: [String]) in
        Set(units.flatMap { $0.split(whereSeparator: { !$0.isLetter }) }.map { $0.lowercased() })
      }
      let found = DictionaryShelf(folder: dictionary).pairs(
        source: "de", target: "fr", sourceWords: words(sides.0), targetWords: words(sides.1))
      lexicon = found.entries
      print(
        "dictionary: \(lexicon.count) pairs in \(BenchTools.format(BenchTools.cpuSeconds() - start, 3)) s"
          + " cpu \(found.diagnostics.map(\.description))")
    }
    let aligner = Aligner(options: options, lexicon: lexicon)
    var alignment: Alignment?
    for _ in 0..<max(runs, 1) {
      let start = BenchTools.cpuSeconds()
      alignment = aligner.align(
        AlignmentSide(units: sides.0, language: "de"), AlignmentSide(units: sides.1, language: "fr")
      )
      times.append(BenchTools.cpuSeconds() - start)
    }
    let beads = alignment?.beads ?? []
    if let dump {
      try beads.map { $0.beadLine + "\n" }.joined().write(
        toFile: dump, atomically: true, encoding: .utf8)
    }
    let score = BeadScore(predicted: beads.map { ($0.source, $0.target) }, gold: sides.2)
    let label = sentences > 0 ? "\(sides.0.count)×\(sides.1.count) units" : "dev"
    print(
      "align \(label): cpu \(BenchTools.format(BenchTools.median(times), 3)) s (median of "
        + "\(times.count)), strict P/R/F1 \(f(score.strictPrecision))/\(f(score.strictRecall))/"
        + "\(f(score.strictF1)), lax \(f(score.laxPrecision))/\(f(score.laxRecall))/"
        + "\(f(score.laxF1)), mean sim \(f(alignment?.meanSimilarity ?? 0)), lexicon \(alignment?.lexiconSize ?? 0), peak RSS \(BenchTools.format(BenchTools.peakRSSMB())) MB"
    )
  }

  private func f(_ value: Double) -> String { BenchTools.format(value, 3) }

  func load() throws -> ([String], [String], [BeadScore.Group]) {
    func lines(_ name: String) throws -> [String] {
      let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if lines.last == "" { lines.removeLast() }
      return lines
    }
    let goldText = try String(contentsOfFile: folder + "/dev.defr", encoding: .utf8)
    guard let gold = BeadScore.parse(goldText) else {
      throw BenchError.usage("\(folder)/dev.defr: not a bead file")
    }
    return (try lines("dev.de"), try lines("dev.fr"), gold)
  }

  /// A parallel text of about `count` source units: the dev set cut into blocks of about 20
  /// gold beads, the blocks shuffled (the same order on both sides) and repeated.
  static func enlarge(
    _ source: [String], _ target: [String], _ gold: [BeadScore.Group], to count: Int
  ) -> ([String], [String], [BeadScore.Group]) {
    // Gold groups leave some units out; a block takes every unit up to its last group's end.
    var blocks: [(source: Range<Int>, target: Range<Int>, groups: [BeadScore.Group])] = []
    var groups: [BeadScore.Group] = []
    var sourceStart = 0
    var targetStart = 0
    var sourceEnd = 0
    var targetEnd = 0
    for (index, group) in gold.enumerated() {
      groups.append(group)
      sourceEnd = max(sourceEnd, (group.source.max() ?? -1) + 1)
      targetEnd = max(targetEnd, (group.target.max() ?? -1) + 1)
      let last = index == gold.count - 1
      if last { (sourceEnd, targetEnd) = (source.count, target.count) }
      if groups.count >= 20 && !group.source.isEmpty && !group.target.isEmpty || last {
        blocks.append((sourceStart..<sourceEnd, targetStart..<targetEnd, groups))
        groups = []
        (sourceStart, targetStart) = (sourceEnd, targetEnd)
      }
    }
    var random = SplitMix(seed: 2020)
    var outSource: [String] = []
    var outTarget: [String] = []
    var outGold: [BeadScore.Group] = []
    while outSource.count < count {
      var order = Array(blocks.indices)
      for index in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(index, Int(random.next() % UInt64(index + 1)))
      }
      for block in order.map({ blocks[$0] }) where outSource.count < count {
        let sourceShift = outSource.count - block.source.lowerBound
        let targetShift = outTarget.count - block.target.lowerBound
        outSource += source[block.source]
        outTarget += target[block.target]
        outGold += block.groups.map {
          ($0.source.map { $0 + sourceShift }, $0.target.map { $0 + targetShift })
        }
      }
    }
    return (outSource, outTarget, outGold)
  }

  static func set(_ options: inout AlignerOptions, _ name: String, _ value: Double) throws {
    switch name {
    case "similarityWeight": options.similarityWeight = value
    case "lengthWeight": options.lengthWeight = value
    case "mergePenalty": options.mergePenalty = value
    case "skipCredit": options.skipCredit = value
    case "skipPenalty": options.skipPenalty = value
    case "cognateStrength": options.cognateStrength = value
    case "punctuationWeight": options.punctuationWeight = value
    case "lexiconRounds": options.lexiconRounds = Int(value)
    case "firstBand": options.firstBand = Int(value)
    case "refineBand": options.refineBand = Int(value)
    case "unmatchableShare": options.unmatchableShare = value
    case "evidencePrior": options.evidencePrior = value
    case "dictionaryStrength": options.dictionaryStrength = value
    case "minimumLearningBeads": options.minimumLearningBeads = Int(value)
    default: throw BenchError.usage("unknown aligner option \(name)")
    }
  }
}

/// A small deterministic random generator (SplitMix64).
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
