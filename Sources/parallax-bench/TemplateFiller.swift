/// Fills `SampleText` templates with names and figures from a seeded generator, so that
/// every generated item differs and the output is the same for the same seed.
struct TemplateFiller {
  /// The deterministic generator (SplitMix64).
  private var state: UInt64

  /// Creates a filler whose output depends only on `seed`.
  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

  /// The next pseudo-random 64-bit value.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  /// One element of `list` (which must not be empty).
  mutating func pick<T>(_ list: [T]) -> T {
    list[int(0...(list.count - 1))]
  }

  /// `value` with `separator` between groups of three digits.
  static func grouped(_ value: Int, _ separator: String) -> String {
    let digits = String(value)
    var out = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { out += separator }
      out.append(digit)
    }
    return out
  }

  /// `template` with its slots filled for `text`'s language.
  mutating func fill(_ template: String, _ text: SampleText) -> String {
    var out = ""
    out.reserveCapacity(template.utf8.count + 40)
    var iterator = template.makeIterator()
    while let character = iterator.next() {
      guard character == "{", let slot = iterator.next(), iterator.next() == "}" else {
        out.append(character)
        continue
      }
      switch slot {
      case "N":
        let magnitude = pick([1_000, 10_000, 100_000, 1_000_000])
        out += Self.grouped(int(magnitude...(magnitude * 10 - 1)), text.grouping)
      case "n": out += String(int(2...499))
      case "p": out += "\(int(0...60))\(text.decimal)\(int(0...9))"
      case "P": out += pick(text.people)
      case "L": out += pick(text.places)
      case "O": out += pick(text.organisations)
      case "D": out += pick(text.weekdays)
      case "W" where !text.numberWords.isEmpty: out += pick(text.numberWords)
      case "T" where !text.dates.isEmpty: out += pick(text.dates)
      case "M" where !text.amounts.isEmpty:
        out += "\(int(1...99))\(text.decimal)\(int(1...9)) \(pick(text.amounts))"
      default: out += "{\(slot)}"
      }
    }
    return out
  }
}
