import Synchronization

/// The measure concepts of each distinct word seen, per language and process (bounded).
final class ConceptCache: Sendable {
  private let table = Mutex<[UInt64: [MeasureLexicon.Concept]]>([:])
  private static let limit = 200_000

  /// The concepts of a word already looked up.
  func concepts(_ hash: UInt64) -> [MeasureLexicon.Concept]? {
    table.withLock { $0[hash] }
  }

  /// Remembers a word's concepts.
  func store(_ concepts: [MeasureLexicon.Concept], for hash: UInt64) {
    table.withLock { table in
      if table.count < ConceptCache.limit { table[hash] = concepts }
    }
  }
}
