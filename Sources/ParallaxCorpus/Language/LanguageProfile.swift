/// One language profile file (`Resources/language/fr.txt`), read into plain values.
///
/// Read on the UTF-8 bytes with no Foundation string calls: the fourteen profiles hold
/// about 17,000 lines, and loading the model is part of every run's start-up.
struct LanguageProfile: Equatable {
  /// One n-gram line: its order (1–3), key (`LanguageModel.key`) and quantized cost.
  struct NGram: Equatable {
    var order: Int
    var key: UInt64
    var cost: UInt8
  }

  var language = LanguageModel.Language(code: "", name: "", script: "")
  /// The quantized cost of an unseen n-gram of order 1, 2 and 3.
  var unseen: [UInt8] = [255, 255, 255]
  /// The stop words, as written.
  var stopwords: [String] = []
  var ngrams: [NGram] = []

  /// The profile in `text` (the format of `Resources/language/fr.txt`).
  init(text: String) {
    var text = text
    self = text.withUTF8 { LanguageProfile(bytes: $0) }
  }

  /// An empty profile (no code: the model skips it).
  init() {}

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    var section: Section = .other
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") {
        end += 1
      }
      read(line: UnsafeBufferPointer(rebasing: bytes[start..<end]), section: &section)
      start = end + 1
    }
  }

  private enum Section { case language, stopwords, ngrams, other }

  private mutating func read(line raw: UnsafeBufferPointer<UInt8>, section: inout Section) {
    let line = Self.trimmed(raw)
    guard let first = line.first, first != UInt8(ascii: "#") else { return }
    if first == UInt8(ascii: "[") {
      switch String(decoding: line, as: UTF8.self) {
      case "[language]": section = .language
      case "[stopwords]": section = .stopwords
      case "[ngrams]": section = .ngrams
      default: section = .other
      }
      return
    }
    if section == .ngrams {
      readNGram(line)
      return
    }
    let fields = Self.fields(line)
    switch section {
    case .language where fields.count >= 2:
      let value = fields.dropFirst().map { String(decoding: $0, as: UTF8.self) }
        .joined(separator: " ")
      switch String(decoding: fields[0], as: UTF8.self) {
      case "code": language.code = value
      case "name": language.name = value
      case "script": language.script = value
      default: break
      }
    case .stopwords:
      stopwords += fields.map { String(decoding: $0, as: UTF8.self) }
    default:
      return
    }
  }

  /// A line of the `[ngrams]` section: `unseen ORDER BITS`, `fit BITS` or `NGRAM BITS`. Its
  /// fields are read without making an array (most of a profile's lines are n-grams).
  private mutating func readNGram(_ line: UnsafeBufferPointer<UInt8>) {
    // The first three fields between single spaces (empty fields dropped), as `fields(_:)`
    // reads them, and how many there are.
    var count = 0
    var (first, second, third) = (line, line, line)
    var start = 0
    for index in 0...line.count where index == line.count || line[index] == UInt8(ascii: " ") {
      if index > start {
        let field = UnsafeBufferPointer(rebasing: line[start..<index])
        switch count {
        case 0: first = field
        case 1: second = field
        case 2: third = field
        default: break
        }
        count += 1
      }
      start = index + 1
    }
    if count == 3 && Self.equals(first, "unseen") {
      if let order = Self.number(second).map(Int.init), (1...3).contains(order),
        let bits = Self.number(third)
      {
        unseen[order - 1] = LanguageModel.quantize(bits)
      }
    } else if count == 2 && Self.equals(first, "fit") {
      language.fit = Self.number(second) ?? 0
    } else if count == 2 {
      var codes: (UInt32, UInt32, UInt32) = (0, 0, 0)
      var order = 0
      for scalar in String(decoding: first, as: UTF8.self).unicodeScalars {
        let code = LanguageScanner.fold(scalar.value)
        switch order {
        case 0: codes.0 = code
        case 1: codes.1 = code
        case 2: codes.2 = code
        default: break
        }
        order += 1
      }
      guard (1...3).contains(order), let bits = Self.number(second) else { return }
      let key = LanguageModel.key(codes.0, codes.1, codes.2)
      ngrams.append(NGram(order: order, key: key, cost: LanguageModel.quantize(bits)))
    }
  }

  /// `line` without the spaces and tabs at its ends.
  static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = line.count
    while start < end, line[start] == UInt8(ascii: " ") || line[start] == UInt8(ascii: "\t") {
      start += 1
    }
    while end > start, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") {
      end -= 1
    }
    return UnsafeBufferPointer(rebasing: line[start..<end])
  }

  /// The fields of `line` between single spaces (empty fields dropped).
  static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
    var fields: [UnsafeBufferPointer<UInt8>] = []
    var start = 0
    for index in 0...line.count where index == line.count || line[index] == UInt8(ascii: " ") {
      if index > start { fields.append(UnsafeBufferPointer(rebasing: line[start..<index])) }
      start = index + 1
    }
    return fields
  }

  static func equals(_ field: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    field.count == word.utf8CodeUnitCount
      && field.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: field.count))
  }

  /// A decimal number (`12.24`, `3`): digits, then optionally a point and digits. The value
  /// is the quotient of two exact integers, so it is the correctly rounded double, the same
  /// one `Double("12.24")` gives; anything else goes to `Double(_:)`.
  static func number(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
    var mantissa: UInt64 = 0
    var scale: UInt64 = 1
    var digits = 0
    var seenPoint = false
    for byte in field {
      if byte == UInt8(ascii: "."), !seenPoint {
        seenPoint = true
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 15 {
        mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
        if seenPoint { scale *= 10 }
        digits += 1
      } else {
        return Double(String(decoding: field, as: UTF8.self))
      }
    }
    guard digits > 0 else { return Double(String(decoding: field, as: UTF8.self)) }
    return Double(mantissa) / Double(scale)
  }
}
