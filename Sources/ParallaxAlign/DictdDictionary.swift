import Foundation
import ParallaxCore

/// A dictd dictionary (`NAME.index` and `NAME.dict.dz` or `NAME.dict`), as FreeDict ships:
/// the index lists each headword with the offset and length of its entry (base64 numbers);
/// an entry is a headword line, then lines of translations (comma-separated, numbered
/// senses) and, in WikDict-made ones, glosses in the source language.
struct DictdDictionary {
  /// Why a dictionary cannot be used: a located error.
  struct Failure: Error {
    var diagnostic: Diagnostic
  }

  let indexPath: String
  let dataPath: String

  /// The translations of the headwords whose key (`WordStemmer.key`) is in `keys` (every
  /// headword when `keys` is nil): (headword, translation, how many translations the
  /// headword has).
  /// `filter`, when given, skips a headword that cannot match the words sought before it is
  /// stemmed.
  func translations(
    of keys: Set<String>?, stemmer: WordStemmer, filter: HeadwordFilter? = nil
  ) throws(Failure) -> [(String, String, Int)] {
    guard let indexData = FileManager.default.contents(atPath: indexPath) else {
      throw Failure(
        diagnostic: Diagnostic(
          .error, SourceLocation(path: indexPath), "cannot read dictionary index"))
    }
    var wanted: [(headword: String, offset: Int, length: Int)] = []
    let bytes = [UInt8](indexData)
    var lineNumber = 0
    var lineStart = 0
    while lineStart < bytes.count {
      // The line's end and its first two tabs, in one pass (no array per line).
      var lineEnd = lineStart
      var tabs = (-1, -1)
      while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") {
        if bytes[lineEnd] == UInt8(ascii: "\t") {
          if tabs.0 < 0 { tabs.0 = lineEnd } else if tabs.1 < 0 { tabs.1 = lineEnd }
        }
        lineEnd += 1
      }
      defer { lineStart = lineEnd + 1 }
      lineNumber += 1
      guard lineEnd > lineStart else { continue }
      let lengthEnd =
        tabs.1 < 0
        ? lineEnd : bytes[(tabs.1 + 1)..<lineEnd].firstIndex(of: UInt8(ascii: "\t")) ?? lineEnd
      guard tabs.1 >= 0, let offset = Self.base64Number(bytes[(tabs.0 + 1)..<tabs.1]),
        let length = Self.base64Number(bytes[(tabs.1 + 1)..<lengthEnd])
      else {
        throw Failure(
          diagnostic: Diagnostic(
            .error, SourceLocation(path: indexPath, line: lineNumber),
            "not a dictd index line (headword, offset and length separated by tabs)"))
      }
      let field = bytes[lineStart..<tabs.0]
      if let filter, !filter.admits(field) { continue }
      // Single words only (and not the 00database… entries that describe the file).
      guard !field.contains(UInt8(ascii: " ")), field.first != UInt8(ascii: "0") else {
        continue
      }
      let headword = String(decoding: field, as: UTF8.self)
      if keys?.contains(stemmer.uncachedKey(headword)) ?? true {
        wanted.append((headword, offset, length))
      }
    }
    // Read (and inflate) the data even when no headword is wanted: a broken file is reported,
    // not passed over.
    let data = try entries()
    var result: [(String, String, Int)] = []
    for item in wanted {
      guard item.offset >= 0, item.length >= 0, item.offset + item.length <= data.count else {
        throw Failure(
          diagnostic: Diagnostic(
            .error, SourceLocation(path: dataPath),
            "the entry of '\(item.headword)' lies beyond the end of the data"))
      }
      let words = Self.translations(inEntry: data[item.offset..<(item.offset + item.length)])
      for word in words { result.append((item.headword, word, words.count)) }
    }
    return result
  }

  /// The whole data file, inflated when it is compressed.
  private func entries() throws(Failure) -> [UInt8] {
    guard let raw = FileManager.default.contents(atPath: dataPath) else {
      throw Failure(
        diagnostic: Diagnostic(
          .error, SourceLocation(path: dataPath), "cannot read dictionary data"))
    }
    guard dataPath.hasSuffix(".dz") else { return Array(raw) }
    do {
      return try Inflater.gunzip(Array(raw))
    } catch {
      throw Failure(diagnostic: Diagnostic(.error, SourceLocation(path: dataPath), error.message))
    }
  }

  /// The single-word translations of an entry: the lines after the headword line, split at
  /// commas and semicolons, sense numbers, `<…>` tags, `/…/` pronunciations and
  /// parentheses removed; items of more than three words (glosses) are dropped, and a
  /// phrase of two or three words stands for its words.
  static func translations(inEntry entry: String) -> [String] {
    translations(inEntry: Array(entry.utf8)[...])
  }

  /// `translations(inEntry:)` on the entry's UTF-8 bytes (every delimiter is ASCII, so no
  /// string is made but for the translations kept).
  static func translations(inEntry entry: ArraySlice<UInt8>) -> [String] {
    var found: [String] = []
    var seen = Set<String>()
    guard let firstEnd = entry.firstIndex(of: UInt8(ascii: "\n")) else { return [] }
    var closing: UInt8?
    var words: [[UInt8]] = []
    var word: [UInt8] = []
    func endWord() {
      guard !word.isEmpty else { return }
      // A sense number (`1.`) separates translations.
      if word.last == UInt8(ascii: "."),
        word.dropLast().allSatisfy({ (0x30...0x39).contains($0) })
      {
        endRun()
      } else {
        words.append(word)
      }
      word.removeAll(keepingCapacity: true)
    }
    func endRun() {
      if !words.isEmpty, words.count <= 3 {
        let text = String(
          decoding: Array(words.joined(separator: [UInt8(ascii: " ")])), as: UTF8.self)
        if seen.insert(text).inserted { found.append(text) }
      }
      words.removeAll(keepingCapacity: true)
    }
    for byte in entry[(firstEnd + 1)...] {
      if let close = closing {
        if byte == close { closing = nil }
        // A line break ends a bracket left open, as a new line of the entry.
        if byte == UInt8(ascii: "\n") {
          closing = nil
          endWord()
          endRun()
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "("): closing = UInt8(ascii: ")")
      case UInt8(ascii: "<"): closing = UInt8(ascii: ">")
      case UInt8(ascii: "["): closing = UInt8(ascii: "]")
      case UInt8(ascii: "/"): closing = UInt8(ascii: "/")
      case UInt8(ascii: "{"): closing = UInt8(ascii: "}")
      case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\n"):
        endWord()
        endRun()
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        endWord()
      default:
        word.append(byte)
      }
    }
    endWord()
    endRun()
    return found
  }

  /// A dictd base64 number (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`, most significant first).
  static func base64Number(_ bytes: some Collection<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 10 else { return nil }
    var value = 0
    for byte in bytes {
      let digit: Int
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte) - 65
      case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte) - 97 + 26
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte) - 48 + 52
      case UInt8(ascii: "+"): digit = 62
      case UInt8(ascii: "/"): digit = 63
      default: return nil
      }
      value = value * 64 + digit
    }
    return value
  }
}
