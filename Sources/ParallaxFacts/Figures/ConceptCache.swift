import Synchronization

/// The measure concepts of each distinct word seen, per language and process (bounded).
final class ConceptCache: Sendable {
  private let table = Mutex(HashTable<[MeasureLexicon.Concept]>(capacity: 1024))
  private static let limit = 200_000

  /// The concepts of a word (its key and the key's hash) already looked up.
  func concepts(_ hash: UInt64, key: String) -> [MeasureLexicon.Concept]? {
    table.withLock { $0[hash, key: key] }
  }

  /// Remembers a word's concepts.
  func store(_ concepts: [MeasureLexicon.Concept], for hash: UInt64, key: String) {
    table.withLock { table in
      if table.count < ConceptCache.limit { table[hash, key: key] = concepts }
    }
  }
}
