import Testing

@testable import ParallaxAlign

/// The cheap evidence `auto` reads before any search: anchors in one order along the
/// diagonal call long texts a translation; reordered, scarce or short inputs say nothing.
@Suite struct AnchorOrderTests {
  /// `count` units, unit `i` carrying anchor keys `k(i)` and `k(i + 1)`.
  static func side(_ count: Int, order: [Int]? = nil) -> [[UnitAnchor]] {
    (order ?? Array(0..<count)).map { i in
      ["k\(i)", "k\(i + 1)"].map { UnitAnchor(key: $0, multiplier: 1, surface: $0) }
    }
  }

  @Test func anchorsInOrderAlongTheDiagonalSayTranslation() throws {
    let order = try #require(AnchorOrder(Self.side(40), Self.side(42), minimumLinks: 10))
    #expect(order.saysTranslation)
    #expect(order.inOrder == 1)
  }

  @Test func reorderedAnchorsSayNothing() throws {
    let shuffled = Array((0..<40).reversed())
    let order = try #require(
      AnchorOrder(Self.side(40), Self.side(40, order: shuffled), minimumLinks: 10))
    #expect(!order.saysTranslation)
  }

  @Test func shortOrUnevenTextsAreNotRead() {
    #expect(AnchorOrder(Self.side(12), Self.side(12), minimumLinks: 10) == nil)
    #expect(AnchorOrder(Self.side(40), Self.side(80), minimumLinks: 10) == nil)
  }

  @Test func textsWithoutAnchorsSayNeither() throws {
    let bare = Array(repeating: [UnitAnchor](), count: 40)
    let order = try #require(AnchorOrder(bare, bare, minimumLinks: 10))
    #expect(!order.saysTranslation)
    #expect(!order.saysNoTranslation)
  }

  /// `count` units, figure `f1`…`f4` in every unit whose number is a multiple of `every`.
  static func figures(_ count: Int, every: Int) -> [[UnitAnchor]] {
    (0..<count).map { unit in
      unit % every == 0
        ? (1...4).map { UnitAnchor(key: "f\($0)", multiplier: 1, surface: "\($0)") } : []
    }
  }

  @Test func figuresGivenUnequallyOftenSayNoTranslation() throws {
    let unequal = try #require(
      AnchorOrder(Self.figures(40, every: 5), Self.figures(40, every: 4), minimumLinks: 10))
    #expect(unequal.saysNoTranslation)
    #expect(!unequal.saysTranslation)
    let equal = try #require(
      AnchorOrder(Self.figures(40, every: 5), Self.figures(40, every: 5), minimumLinks: 10))
    #expect(!equal.saysNoTranslation)
  }
}
