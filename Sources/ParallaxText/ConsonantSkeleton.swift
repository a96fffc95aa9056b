import Synchronization

/// A scored consonant skeleton: how names are matched across scripts when transliteration
/// alone fails (`أردوغان` → `ardwghan`, `Эрдоган` → `erdogan`, `Erdoğan` → `erdogan`).
///
/// The folded Latin form is reduced to classes of consonants that scripts and spelling
/// traditions confuse (`g`/`gh`/`k`/`q`; `s`/`sh`/`ch`/`z`; `b`/`p`; `f`/`v`; `d`/`t`/`th`);
/// vowels, `h`, `w` and `y` (long vowels in Arabic) and doubled letters are dropped, and the
/// Arabic article (`al-`, `el-`, `ال`) is removed from the front of each word.
public enum ConsonantSkeleton {
  private static let cache = Mutex<[String: String]>([:])

  /// The skeleton of a name, one group of classes per word, words joined by spaces.
  public static func of(_ name: String) -> String {
    if let known = cache.withLock({ $0[name] }) { return known }
    let skeleton = compute(name)
    cache.withLock { table in
      if table.count >= 100_000 { table.removeAll(keepingCapacity: true) }
      table[name] = skeleton
    }
    return skeleton
  }

  private static func compute(_ name: String) -> String {
    let arabic = name.unicodeScalars.contains { CharacterNames.arabic.contains($0.value) }
    let latin = Transliterator.latin(name)
    let rawWords = latin.split(whereSeparator: { !$0.isLetter })
    var words: [String] = []
    for rawWord in rawWords {
      var word = Substring(rawWord)
      if rawWords.count > 1, ["al", "el", "ul"].contains(word) { continue }
      if arabic, word.count > 4, word.hasPrefix("al") { word = word.dropFirst(2) }
      let skeleton = skeletonOfWord(Array(word.unicodeScalars))
      if !skeleton.isEmpty { words.append(skeleton) }
    }
    return words.joined(separator: " ")
  }

  /// Similarity of two names from 0 (nothing shared) to 1 (same skeleton).
  ///
  /// The score is the best of the whole skeletons' edit similarity and the last words'
  /// (a surname alone, `Erdogan`, still matches `Recep Tayyip Erdogan` at 0.9).
  public static func similarity(_ first: String, _ second: String) -> Double {
    similarity(skeletons: of(first), of(second))
  }

  /// Similarity of two skeletons made by `of(_:)`, from 0 to 1.
  public static func similarity(skeletons a: String, _ b: String) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    if a == b { return 1 }
    let whole = editSimilarity(withoutSpaces(a), withoutSpaces(b))
    let lastA = a.split(separator: " ").last.map(String.init) ?? a
    let lastB = b.split(separator: " ").last.map(String.init) ?? b
    let last = lastA.count >= 3 && lastB.count >= 3 ? editSimilarity(lastA, lastB) * 0.9 : 0
    return max(whole, last)
  }

  /// `text` without its spaces; an ASCII skeleton (most are) without asking Foundation.
  static func withoutSpaces(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.replacingOccurrences(of: " ", with: "")
    }
    return String(decoding: text.utf8.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
  }

  /// 1 − Levenshtein distance / longer length.
  static func editSimilarity(_ first: String, _ second: String) -> Double {
    let a = Array(first.unicodeScalars)
    let b = Array(second.unicodeScalars)
    let longest = max(a.count, b.count)
    guard longest > 0 else { return 1 }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      current[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    let distance = a.isEmpty ? b.count : previous[b.count]
    return 1 - Double(distance) / Double(longest)
  }

  private static func skeletonOfWord(_ letters: [Unicode.Scalar]) -> String {
    var out = String.UnicodeScalarView()
    var last: Unicode.Scalar = " "
    var index = 0
    while index < letters.count {
      let letter = letters[index]
      let next: Unicode.Scalar? = index + 1 < letters.count ? letters[index + 1] : nil
      var symbol: Unicode.Scalar?
      var width = 1
      switch letter {
      case "a", "e", "i", "o", "u", "y", "w", "h": symbol = nil
      case "b", "p": symbol = "B"
      case "f", "v": symbol = "F"
      case "d", "t": symbol = "T"
      case "g", "k", "q", "x": symbol = "K"
      case "c":
        if next == "h" {
          symbol = "S"
          width = 2
        } else if next == "e" || next == "i" {
          symbol = "S"
        } else {
          symbol = "K"
        }
      case "s", "z": symbol = "S"
      case "j": symbol = "J"
      case "l": symbol = "L"
      case "r": symbol = "R"
      case "m": symbol = "M"
      case "n": symbol = "N"
      default: symbol = nil
      }
      if letter == "s" || letter == "z" || letter == "k" || letter == "g", next == "h" {
        width = 2  // sh, zh, kh, gh
      }
      if let symbol, symbol != last { out.append(symbol) }
      if let symbol { last = symbol } else if letter != "h" { last = " " }
      index += width
    }
    return String(out)
  }
}
