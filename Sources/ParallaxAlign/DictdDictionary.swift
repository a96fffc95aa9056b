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
  /// `prefixes`, when given, are the first three UTF-8 bytes of the lowercase words sought
  /// (`prefix(of:)`): a headword that starts otherwise is skipped before it is stemmed.
  func translations(
    of keys: Set<String>?, stemmer: WordStemmer, prefixes: Set<UInt32>? = nil
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
      let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      defer { lineStart = lineEnd + 1 }
      lineNumber += 1
      let line = bytes[lineStart..<lineEnd]
      guard !line.isEmpty else { continue }
      let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      guard fields.count >= 3, let offset = Self.base64Number(fields[1]),
        let length = Self.base64Number(fields[2])
      else {
        throw Failure(
          diagnostic: Diagnostic(
            .error, SourceLocation(path: indexPath, line: lineNumber),
            "not a dictd index line (headword, offset and length separated by tabs)"))
      }
      if let prefixes, let prefix = Self.prefix(of: fields[0]), !prefixes.contains(prefix) {
        continue
      }
      // Single words only (and not the 00database… entries that describe the file).
      guard !fields[0].contains(UInt8(ascii: " ")), fields[0].first != UInt8(ascii: "0") else {
        continue
      }
      let headword = String(decoding: fields[0], as: UTF8.self)
      if keys?.contains(stemmer.key(headword)) ?? true {
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
      let entry = String(decoding: data[item.offset..<(item.offset + item.length)], as: UTF8.self)
      let words = Self.translations(inEntry: entry)
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
    var found: [String] = []
    var seen = Set<String>()
    for line in entry.split(separator: "\n").dropFirst() {
      let cleaned = removeBracketed(String(line))
      for item in cleaned.split(whereSeparator: { $0 == "," || $0 == ";" }) {
        // Sense numbers (`1.`, `2.`) separate translations too.
        var runs: [[Substring]] = [[]]
        for word in item.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
          if word.last == ".", word.dropLast().allSatisfy(\.isNumber) {
            runs.append([])
          } else {
            runs[runs.count - 1].append(word)
          }
        }
        for words in runs where !words.isEmpty && words.count <= 3 {
          let text = words.joined(separator: " ")
          if seen.insert(text).inserted { found.append(text) }
        }
      }
    }
    return found
  }

  private static func removeBracketed(_ text: String) -> String {
    var out = ""
    var closing: Character?
    for character in text {
      if let close = closing {
        if character == close { closing = nil }
        continue
      }
      switch character {
      case "(": closing = ")"
      case "<": closing = ">"
      case "[": closing = "]"
      case "/": closing = "/"
      case "{": closing = "}"
      default: out.append(character)
      }
    }
    return out
  }

  /// The first three bytes of a word (fewer for a shorter one), ASCII letters lowercased, as
  /// one number; nil when one of them is not ASCII (such a word is never filtered out).
  static func prefix(of bytes: some Collection<UInt8>) -> UInt32? {
    var value: UInt32 = 0
    for byte in bytes.prefix(3) {
      guard byte < 0x80 else { return nil }
      let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
      value = value << 8 | UInt32(lower)
    }
    return value | UInt32(min(bytes.count, 3)) << 24
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
