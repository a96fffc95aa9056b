/// A unit of measure written after a number (`420 metres`, `1,8 Gigawatt`, `3,5 tonnes`):
/// the figure is a quantity in that unit, never a count of people.
public struct MeasureUnit: Sendable, Codable, Hashable {
  /// How the unit is shown: `m`, `GW`, `t`.
  public var symbol: String
  /// What it measures: `length`, `mass`, `power`…
  public var dimension: String
  /// The unit in its dimension's base unit (`km` is 1000 metres).
  public var size: Double

  /// Creates a unit.
  public init(symbol: String, dimension: String, size: Double) {
    self.symbol = symbol
    self.dimension = dimension
    self.size = size
  }
}
