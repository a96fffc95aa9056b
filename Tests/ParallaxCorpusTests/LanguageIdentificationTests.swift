import Foundation
import ParallaxTestSupport
import Testing

@testable import ParallaxCorpus

@Suite struct LanguageIdentificationTests {
  /// Paragraphs of at least this many characters count towards the agreement floor.
  static let minimumCharacters = 100
  /// Agreement with lingua (and accuracy against the file's language) must not fall below.
  static let floor = 0.98

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/language")
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `(language of the file, paragraph)` for every fixture paragraph, files in name order.
  static func paragraphs() throws -> [(code: String, text: String)] {
    let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    var result: [(String, String)] = []
    for name in names {
      let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
      let code = String(name.dropLast(4))
      for block in text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
      {
        let lines = block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let paragraph = lines.filter { !$0.isEmpty }.joined(separator: " ")
        if !paragraph.isEmpty { result.append((code, paragraph)) }
      }
    }
    return result
  }

  /// The first `length` code points of `text`, back to the last space (as the script cuts).
  static func snippet(_ text: String, _ length: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count > length else { return text }
    var cut = scalars[..<length]
    if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
    return String(String.UnicodeScalarView(cut))
  }

  /// lingua's answers, keyed `code/index`, from `Scripts/lingua_agreement.py`.
  static func linguaAnswers(prefix: Int? = nil) throws -> [String: String] {
    let result = try PythonCheckers.run(
      script: "lingua_agreement.py",
      (prefix.map { ["--prefix", String($0)] } ?? []) + [fixtures.path])
    guard result.status == 0 else {
      throw TestFailure("lingua_agreement.py failed (status \(result.status)): \(result.stderr)")
    }
    let data = Data(result.stdout.utf8)
    var answers: [String: String] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let fields = line.split(separator: "\t")
      if fields.count == 3 { answers["\(fields[0])/\(fields[1])"] = String(fields[2]) }
    }
    return answers
  }

  /// Agreement with lingua on 60-character snippets of the same paragraphs: harder, so a
  /// lower floor; printed for the record.
  @Test func agreesWithLinguaOnSnippets() throws {
    let length = 60
    let paragraphs = try Self.paragraphs()
    let lingua = try Self.linguaAnswers(prefix: length)
    var agreed = 0
    var compared = 0
    var right = 0
    var index: [String: Int] = [:]
    var misses: [String] = []
    for (code, text) in paragraphs {
      let position = index[code, default: 0]
      index[code] = position + 1
      let snippet = Self.snippet(text, length)
      let found = LanguageIdentifier.shared.identify(snippet)?.code ?? "-"
      if found == code { right += 1 }
      guard let theirs = lingua["\(code)/\(position)"] else { continue }
      compared += 1
      if found == theirs {
        agreed += 1
      } else {
        misses.append("\(code)#\(position): parallax \(found) lingua \(theirs): \(snippet)")
      }
    }
    let share = Double(agreed) / Double(max(1, compared))
    print(
      "language identification: agreement with lingua \(agreed)/\(compared) "
        + "(\(String(format: "%.1f", share * 100)) %) on snippets of up to \(length) characters; "
        + "\(right) right")
    for miss in misses { print("  disagreement \(miss)") }
    #expect(compared == paragraphs.count)
    #expect(share >= 0.95)
  }

  @Test func agreesWithLingua() throws {
    let paragraphs = try Self.paragraphs()
    let lingua = try Self.linguaAnswers()
    var agreed = 0
    var compared = 0
    var correct: [String: Int] = [:]
    var total: [String: Int] = [:]
    var index: [String: Int] = [:]
    var misses: [String] = []
    for (code, text) in paragraphs {
      let position = index[code, default: 0]
      index[code] = position + 1
      guard text.unicodeScalars.count >= Self.minimumCharacters else { continue }
      let found = LanguageIdentifier.shared.identify(text)
      total[code, default: 0] += 1
      if found?.code == code { correct[code, default: 0] += 1 }
      guard let theirs = lingua["\(code)/\(position)"] else { continue }
      compared += 1
      if found?.code == theirs {
        agreed += 1
      } else {
        misses.append("\(code)#\(position): parallax \(found?.code ?? "-") lingua \(theirs)")
      }
    }
    let share = compared == 0 ? 0 : Double(agreed) / Double(compared)
    print(
      "language identification: agreement with lingua \(agreed)/\(compared) "
        + "(\(String(format: "%.1f", share * 100)) %) on paragraphs of "
        + "\(Self.minimumCharacters)+ characters")
    for code in total.keys.sorted() {
      let right = correct[code, default: 0]
      let all = total[code, default: 0]
      print(
        "  \(code): \(right)/\(all) (\(String(format: "%.1f", 100 * Double(right) / Double(all))) %)"
      )
    }
    for miss in misses { print("  disagreement \(miss)") }
    #expect(compared >= 14 * 15)
    #expect(share >= Self.floor)
    for code in total.keys.sorted() {
      let accuracy = Double(correct[code, default: 0]) / Double(total[code, default: 1])
      #expect(accuracy >= Self.floor, "accuracy for \(code)")
    }
  }
}
