/// A bead's shape: k source units to l target units.
struct BeadType: Sendable, Hashable {
  var source: Int
  var target: Int

  init(_ source: Int, _ target: Int) {
    self.source = source
    self.target = target
  }

  /// The shapes the aligner considers: up to four units a side.
  static let all: [BeadType] = [
    BeadType(1, 1), BeadType(1, 0), BeadType(0, 1), BeadType(2, 1), BeadType(1, 2),
    BeadType(2, 2), BeadType(1, 3), BeadType(3, 1), BeadType(2, 3), BeadType(3, 2),
    BeadType(1, 4), BeadType(4, 1), BeadType(3, 3),
  ]

  /// The cheap shapes of the first pass.
  static let firstPass: [BeadType] = Array(all.prefix(5))

  /// How many units beyond a 1-1 pair the bead joins (0 for 1-1, 1 for 2-1, 4 for 3-3).
  var extraUnits: Int { source + target - 2 }
}
