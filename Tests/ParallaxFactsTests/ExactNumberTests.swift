import Foundation
import Testing

@testable import ParallaxFacts

/// `ExactNumber` keeps small whole numbers as integers and everything else as decimals; the
/// two must never be told apart by value, equality, hashing, order or text.
@Suite struct ExactNumberTests {
  @Test func wholeNumbersAreEqualWhicheverWayTheyAreMade() {
    let fromInt = ExactNumber(2_500_000_000)
    let fromString = ExactNumber(string: "2500000000")
    let fromDecimal = ExactNumber(Decimal(string: "2500000000.0")!)
    let fromProduct = ExactNumber(string: "2.5")! * ExactNumber(1_000_000_000)
    let fromRatio = ExactNumber(Decimal(5_000_000_000), over: 2)
    for value in [fromString, fromDecimal, fromProduct, fromRatio] {
      #expect(value == fromInt)
      #expect(value?.hashValue == fromInt.hashValue)
      #expect(value?.description == "2500000000")
      #expect(value?.isWhole == true)
    }
    #expect(Set([fromInt, fromDecimal, fromProduct, fromRatio]).count == 1)
  }

  @Test func largeValuesLeaveTheIntegersWithoutLosingDigits() {
    // 10^12 × 10^9 = 10^21 is past Int64's safe range: a decimal, exact.
    let big = ExactNumber(1_000_000_000_000) * ExactNumber(1_000_000_000)
    #expect(big.description == "1000000000000000000000")
    #expect(big > ExactNumber(999_999_999_999_999_999))
    #expect(big / ExactNumber(1_000_000_000) == ExactNumber(1_000_000_000_000))
    let sum = ExactNumber(999_999_999_999_999_999) + ExactNumber(1)
    #expect(sum.description == "1000000000000000000")
    #expect(sum + -ExactNumber(1) == ExactNumber(999_999_999_999_999_999))
    #expect(-ExactNumber(22) < .zero)
  }

  @Test func fractionsAndDecimalsStayExact() {
    let twoThirds = ExactNumber(2) / ExactNumber(3)
    #expect(twoThirds.description == "2/3")
    #expect(!twoThirds.isWhole)
    #expect(twoThirds * ExactNumber(3) == ExactNumber(2))
    #expect(ExactNumber(5) / ExactNumber(2) == ExactNumber(string: "2.5"))
    #expect(ExactNumber(string: "0.5")! < ExactNumber(1))
    #expect(ExactNumber(1) / ExactNumber(0) == .zero)
    #expect(ExactNumber(string: "-2.5")?.doubleValue == -2.5)
  }

  @Test func smallQuotientsMatchTheDecimalReduction() {
    // The integer path of `/` must give what reducing the two decimals gives.
    for (top, bottom) in [(3, 6), (1, 2), (22, 10), (-7, 4), (5, -8), (2, 3), (100, 7), (9, 12)] {
      let fast = ExactNumber(top) / ExactNumber(bottom)
      let reduced = ExactNumber(Decimal(top), over: Decimal(bottom))
      #expect(fast == reduced, "\(top)/\(bottom)")
      #expect(fast.description == reduced.description, "\(top)/\(bottom)")
      #expect(fast.hashValue == reduced.hashValue, "\(top)/\(bottom)")
    }
  }
}
