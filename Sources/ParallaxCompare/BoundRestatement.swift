/// A figure restated with a bound beside a new value: the morning's `reculait de 5 %` is the
/// evening's `en baisse de 3,5 %`, and the evening's `jusqu'à 5 %` keeps the old value only
/// as a bound (the day's low). Value grouping alone pairs `5 %` with `jusqu'à 5 %` (one
/// value, another qualifier) and leaves `3,5 %` alone; the aligned paragraphs tell better.
enum BoundRestatement {
  /// `changes` with each such restatement re-paired: where a figure of the first report is
  /// paired by qualifier with a bounded figure of the second (`5 %` ↔ `up to 5 %`), and the
  /// second report's paragraph aligned with the first's holds a figure of the same kind,
  /// unit and qualifier as the first's that no figure answers (`3,5 %`), the first figure
  /// pairs with that one (a value change) and the bounded figure stands alone.
  static func repair(_ changes: [FigureChange], pairs: [ParagraphPair]) -> [FigureChange] {
    var result = changes
    for index in result.indices where result[index].kind == .qualifier {
      guard let x = result[index].first, let bounded = result[index].second,
        x.figure.kind != .count, x.figure.qualifier == .exact,
        bounded.figure.qualifier != .exact
      else { continue }
      let aligned = Set(
        pairs.filter { $0.isMatched && $0.left.contains(x.evidence.paragraph) }
          .flatMap(\.right))
      guard aligned.contains(bounded.evidence.paragraph),
        let lone = result.firstIndex(where: { change in
          guard change.kind == .onlyInSecond, let y = change.second else { return false }
          return y.evidence.paragraph == bounded.evidence.paragraph
            && y.figure.kind == x.figure.kind && y.figure.currency == x.figure.currency
            && y.figure.qualifier == x.figure.qualifier && y.figure.value != x.figure.value
        }), let y = result[lone].second
      else { continue }
      result[index] = FigureChange(
        measure: result[index].measure, kind: ReportComparison.kind(x, y), first: x, second: y)
      result[lone] = FigureChange(
        measure: result[index].measure, kind: .onlyInSecond, first: nil, second: bounded)
    }
    return result
  }
}
