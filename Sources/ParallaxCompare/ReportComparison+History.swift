import ParallaxFacts

extension ReportComparison {
  /// The earlier counts of one measure that only one of two reports tells — its past figures
  /// and the start of its changes (`önce 29'a, ardından 33'e yükseldi` tells 29) — whose value
  /// the other report gives nowhere, neither as a figure nor as the start of a change. Each
  /// is that report's history of the count, on its side only (`paired`: the figures already
  /// answered).
  static func loneHistory(
    _ mentions: [FigureMention], first: String, second: String, paired: [FigureMention]
  ) -> [(FigureMention?, FigureMention?)] {
    func tells(_ report: String, _ value: Double) -> Bool {
      mentions.contains { mention in
        mention.report == report
          && (mention.figure.value.doubleValue == value
            || mention.changedFrom.flatMap(Double.init) == value)
      }
    }
    var result: [(FigureMention?, FigureMention?)] = []
    for (report, other) in [(first, second), (second, first)] {
      let own = mentions.filter { $0.report == report }
      var seen = Set(paired.filter { $0.report == report }.map(\.figure.value.doubleValue))
      // Values the report gives as current are no history of it.
      seen.formUnion(own.filter { !$0.past }.map(\.figure.value.doubleValue))
      for mention in earlier(own) {
        let value = mention.figure.value.doubleValue
        guard !tells(other, value), seen.insert(value).inserted else { continue }
        result.append(report == first ? (mention, nil) : (nil, mention))
      }
    }
    return result
  }

  /// A report's earlier counts of one measure: its past figures, then the start of each
  /// change, as a figure of that value whose evidence is the start's own words.
  static func earlier(_ own: [FigureMention]) -> [FigureMention] {
    var result = own.filter(\.past)
    for mention in own where !mention.past {
      guard let text = mention.changedFrom, let from = ExactNumber(string: text) else {
        continue
      }
      var start = mention
      start.figure.value = from
      start.figure.upper = nil
      start.figure.qualifier = .exact
      start.figure.changedFrom = nil
      start.changedFrom = nil
      start.past = true
      if let range = mention.figure.fromQuantityRange {
        start.figure.range = range
        start.figure.quantityRange = range
        start.figure.expressionRange = range
        start.evidence.range = range
      }
      result.append(start)
    }
    return result
  }
}
