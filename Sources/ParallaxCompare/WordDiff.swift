import ParallaxCore
import ParallaxText

/// The word-level changes between two versions of a paragraph: a longest-common-subsequence
/// diff (the standard library's `difference(from:)`, Myers' algorithm) over the Text
/// stage's tokens, coalesced into runs.
public struct WordDiff: Sendable, Codable, Hashable {
  /// One run of the diff.
  public struct Edit: Sendable, Codable, Hashable {
    /// What happened to the run.
    public enum Operation: String, Sendable, Codable, Hashable {
      /// The same words in both versions.
      case kept
      /// Words only in the old version.
      case deleted
      /// Words only in the new version.
      case inserted
      /// Old words replaced by new ones.
      case replaced
    }

    /// What happened.
    public var operation: Operation
    /// The run in the old paragraph (`nil` for an insertion).
    public var old: TextRange?
    /// The run in the new paragraph (`nil` for a deletion).
    public var new: TextRange?
  }

  /// The runs, in text order.
  public var edits: [Edit]
  /// The share of tokens kept, from 0 (nothing in common) to 1 (the same words): twice the
  /// kept tokens over the tokens of both.
  public var similarity: Double

  /// Whether nothing changed but spacing.
  public var isUnchanged: Bool { edits.allSatisfy { $0.operation == .kept } }

  /// Diffs `old` against `new`.
  public init(old: String, new: String) {
    let oldTokens = Tokenizer.tokens(old)
    let newTokens = Tokenizer.tokens(new)
    let oldWords = oldTokens.map { $0.text(in: old) }
    let newWords = newTokens.map { $0.text(in: new) }
    var removed = Set<Int>()
    var inserted = Set<Int>()
    for change in newWords.difference(from: oldWords) {
      switch change {
      case .remove(let offset, _, _): removed.insert(offset)
      case .insert(let offset, _, _): inserted.insert(offset)
      }
    }
    var edits: [Edit] = []
    var (i, j, kept) = (0, 0, 0)
    func span(_ tokens: [Token], _ from: Int, _ to: Int) -> TextRange? {
      from < to ? TextRange(tokens[from].range.start, tokens[to - 1].range.end) : nil
    }
    while i < oldTokens.count || j < newTokens.count {
      let (startI, startJ) = (i, j)
      while i < oldTokens.count && removed.contains(i) { i += 1 }
      while j < newTokens.count && inserted.contains(j) { j += 1 }
      if i > startI || j > startJ {
        let operation: Edit.Operation =
          i == startI ? .inserted : j == startJ ? .deleted : .replaced
        edits.append(
          Edit(
            operation: operation, old: span(oldTokens, startI, i), new: span(newTokens, startJ, j)))
        continue
      }
      while i < oldTokens.count && j < newTokens.count && !removed.contains(i)
        && !inserted.contains(j)
      {
        i += 1
        j += 1
        kept += 1
      }
      edits.append(
        Edit(operation: .kept, old: span(oldTokens, startI, i), new: span(newTokens, startJ, j)))
    }
    self.edits = edits
    let total = oldTokens.count + newTokens.count
    similarity = total == 0 ? 1 : Double(2 * kept) / Double(total)
  }
}
