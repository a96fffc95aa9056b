import ParallaxCore
import Testing

@testable import ParallaxCompare

@Suite struct WordDiffTests {
  /// The text of a range of `text`, counted in scalars.
  static func slice(_ text: String, _ range: TextRange?) -> String {
    guard let range else { return "" }
    let scalars = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[range.start..<range.end]))
  }

  @Test func aTollChangeIsOneReplacement() {
    let old = "At least 22 Turkish soldiers were killed on Thursday, officials said."
    let new = "Thirty-three Turkish soldiers were killed on Thursday, the governor said."
    let diff = WordDiff(old: old, new: new)
    let changes = diff.edits.filter { $0.operation != .kept }
    #expect(changes.count == 2)
    #expect(Self.slice(old, changes[0].old) == "At least 22")
    #expect(Self.slice(new, changes[0].new) == "Thirty-three")
    #expect(Self.slice(old, changes[1].old) == "officials")
    #expect(Self.slice(new, changes[1].new) == "the governor")
    #expect(diff.similarity > 0.6 && diff.similarity < 1)
  }

  @Test func insertionsAndDeletionsAreTheirOwnRuns() {
    let diff = WordDiff(old: "NATO will meet.", new: "NATO ambassadors will meet on Friday.")
    #expect(diff.edits.map(\.operation) == [.kept, .inserted, .kept, .inserted, .kept])
    let back = WordDiff(old: "NATO ambassadors will meet on Friday.", new: "NATO will meet.")
    #expect(back.edits.map(\.operation) == [.kept, .deleted, .kept, .deleted, .kept])
  }

  @Test func theSameTextIsUnchanged() {
    let text = "Анкара нанесла ответный удар по позициям сирийских войск."
    let diff = WordDiff(old: text, new: text)
    #expect(diff.isUnchanged)
    #expect(diff.similarity == 1)
  }

  @Test func emptySides() {
    #expect(WordDiff(old: "", new: "").isUnchanged)
    let added = WordDiff(old: "", new: "قال المرصد إن 34 جنديا قتلوا")
    #expect(added.edits.map(\.operation) == [.inserted])
    #expect(added.similarity == 0)
  }
}
