import ParallaxFacts
import ParallaxText

/// Reports that are copies of one text (one wire reprinted, lightly edited): they count as
/// one source, not as several confirmations.
public struct CopyGroup: Sendable, Codable, Hashable {
  /// The reports, in time order.
  public var reports: [String]
  /// The lowest resemblance between two of them that joined the group (0–1, the Jaccard
  /// index of their word 4-shingles).
  public var similarity: Double
  /// The credits and datelines they carry (`Wire`, `ANKARA`), when any.
  public var credits: [String]

  /// How many words make a shingle.
  static let shingleWords = 4
  /// How alike two reports must be to be copies.
  static let copyThreshold = 0.5

  /// The groups of near-copies among `story` (same language, shingles at least half shared).
  static func groups(in story: [AnalyzedReport]) -> [CopyGroup] {
    let shingles = story.map { shingleSet($0) }
    var parent = Array(story.indices)
    func root(_ i: Int) -> Int {
      var i = i
      while parent[i] != i { i = parent[i] }
      return i
    }
    var weakest: [Int: Double] = [:]
    for i in story.indices {
      for j in story.indices where j > i && story[i].language == story[j].language {
        let similarity = jaccard(shingles[i], shingles[j])
        guard similarity >= copyThreshold else { continue }
        let (a, b) = (root(i), root(j))
        let joined = min(weakest[a] ?? 1, weakest[b] ?? 1, similarity)
        parent[max(a, b)] = min(a, b)
        weakest[min(a, b)] = joined
      }
    }
    var members: [Int: [Int]] = [:]
    for i in story.indices { members[root(i), default: []].append(i) }
    return members.keys.sorted().compactMap { key in
      guard let group = members[key], group.count >= 2 else { return nil }
      var credits: [String] = []
      for i in group {
        for credit in [story[i].metadata.credit, story[i].metadata.dateline].compactMap({ $0 })
        where !credits.contains(credit) {
          credits.append(credit)
        }
      }
      return CopyGroup(
        reports: group.map { story[$0].id }, similarity: weakest[key] ?? 1,
        credits: credits)
    }
  }

  /// The hashed word 4-shingles of a report's paragraphs, folded.
  static func shingleSet(_ item: AnalyzedReport) -> Set<Int> {
    var result = Set<Int>()
    for paragraph in item.paragraphs {
      let words = TextFolding.fold(paragraph.text).split { !$0.isLetter && !$0.isNumber }
      guard words.count >= shingleWords else { continue }
      for start in 0...(words.count - shingleWords) {
        result.insert(stableHash(words[start..<(start + shingleWords)]))
      }
    }
    return result
  }

  /// FNV-1a over the words' UTF-8 with a separator: the same in every run (Swift's
  /// `hashValue` is seeded per process).
  static func stableHash(_ words: ArraySlice<Substring>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for word in words {
      for byte in word.utf8 + [0] {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    return Int(truncatingIfNeeded: hash)
  }

  /// |a ∩ b| / |a ∪ b|; 0 for two empty sets.
  static func jaccard(_ a: Set<Int>, _ b: Set<Int>) -> Double {
    let union = a.union(b).count
    return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
  }
}
