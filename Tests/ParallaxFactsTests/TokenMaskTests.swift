import ParallaxCore
import ParallaxText
import Testing

@testable import ParallaxFacts

/// The token masks of the facts stage (`FactExtractor.taken`): which tokens of a paragraph lie
/// inside sorted ranges (dates, the quantities of figures), the marks the entity and
/// attribution scans skip.
@Suite struct TokenMaskTests {
  static let text = "Le 12 mars, 33 soldats sont morts à Idleb, selon l'OSDH."

  /// The mask as a string, one letter per token (`x` taken, `.` not).
  static func picture(_ mask: [Bool]) -> String {
    String(mask.map { $0 ? "x" : "." })
  }

  /// The scalar range from the start of the `first`th occurrence of `from` to the end of `to`
  /// after it, in `text`.
  static func range(_ from: String, _ to: String) -> TextRange {
    let scalars = Array(text.unicodeScalars)
    func find(_ word: String, after start: Int) -> Int {
      let pattern = Array(word.unicodeScalars)
      for offset in start...(scalars.count - pattern.count)
      where Array(scalars[offset..<(offset + pattern.count)]) == pattern {
        return offset
      }
      return -1
    }
    let start = find(from, after: 0)
    let end = find(to, after: start) + to.unicodeScalars.count
    return TextRange(start, end)
  }

  /// Tokens: Le 12 mars , 33 soldats sont morts à Idleb , selon l ' OSDH .
  @Test func datesAndQuantities() {
    let tokens = Tokenizer.tokens(Self.text)
    #expect(tokens.count == 16)
    #expect(Self.picture(FactExtractor.taken(tokens, by: [])) == "................")
    let date = Self.range("12", "mars")
    let quantity = Self.range("33", "soldats")
    #expect(Self.picture(FactExtractor.taken(tokens, by: [date])) == ".xx.............")
    #expect(Self.picture(FactExtractor.taken(tokens, by: [date, quantity])) == ".xx.xx..........")
    #expect(Self.picture(FactExtractor.taken(tokens, by: [quantity])) == "....xx..........")
    // A range inside a token, or cutting one, takes no part of it.
    let cut = TextRange(date.start + 1, date.end)
    #expect(Self.picture(FactExtractor.taken(tokens, by: [cut])) == "..x.............")
    // The last tokens, and a range past the text.
    let last = TextRange(tokens[12].range.start, tokens[15].range.end)
    #expect(Self.picture(FactExtractor.taken(tokens, by: [last])) == "............xxxx")
    let past = TextRange(200, 210)
    #expect(Self.picture(FactExtractor.taken(tokens, by: [quantity, past])) == "....xx..........")
  }

  /// The straightforward scan over every token, which `taken` must answer like whatever the
  /// ranges: the first range not ended before a token decides whether it is taken.
  static func reference(_ tokens: [Token], _ ranges: [TextRange]) -> [Bool] {
    var mask = [Bool](repeating: false, count: tokens.count)
    var next = 0
    for (index, token) in tokens.enumerated() {
      while next < ranges.count, ranges[next].end <= token.range.start { next += 1 }
      guard next < ranges.count else { break }
      if ranges[next].contains(token.range) { mask[index] = true }
    }
    return mask
  }

  /// Every sorted pair of ranges between token bounds (overlapping, nested, empty ones
  /// included) gives the reference's mask.
  @Test func agreesWithTheScanOfEveryToken() {
    let tokens = Tokenizer.tokens(Self.text)
    var bounds = Set<Int>()
    for token in tokens {
      bounds.insert(token.range.start)
      bounds.insert(token.range.end)
    }
    let points = bounds.sorted()
    var ranges: [TextRange] = []
    for (position, start) in points.enumerated() {
      for end in points[position...] { ranges.append(TextRange(start, end)) }
    }
    var compared = 0
    for first in ranges {
      #expect(
        FactExtractor.taken(tokens, by: [first]) == Self.reference(tokens, [first]),
        "\(first)")
      for second in ranges where !(second < first) {
        let pair = [first, second]
        if FactExtractor.taken(tokens, by: pair) != Self.reference(tokens, pair) {
          Issue.record("ranges \(first), \(second)")
        }
        compared += 1
      }
    }
    #expect(compared > 10_000)
  }
}
