import ParallaxFacts

/// Links the entities of two reports that are the same person, organization or place:
/// one glossary concept, one transliteration, close consonant skeletons (`Erdoğan` ↔
/// `Эрдоган` ↔ `أردوغان`), or an acronym's expansion; mentions in aligned paragraphs
/// confirm a weaker name match.
struct EntityLinker {
  /// The similarity (`EntityKey.similarity`) at which two keys are one entity by name alone.
  var nameThreshold = 0.8
  /// The similarity at which two keys are one entity when aligned paragraphs mention both.
  var alignedThreshold = 0.6
  /// Above this many entity pairs, only keys sharing a concept, a transliteration or a
  /// skeleton are compared.
  var exhaustiveLimit = 250_000

  /// One entity of one report: its mentions gathered under its key.
  struct Cluster {
    var key: EntityKey
    var kind: EntityKind
    var names: [String] = []
    var paragraphs: [Int] = []
    /// Keys of its acronym and expansion, when the report writes them.
    var alternates: [(key: EntityKey, label: String)] = []
  }

  /// Gathers a report's entities by key, in order of first mention.
  static func clusters(_ facts: ReportFacts) -> [Cluster] {
    var index: [EntityKey: Int] = [:]
    var clusters: [Cluster] = []
    for paragraph in facts.paragraphs {
      for entity in paragraph.entities {
        let position: Int
        if let known = index[entity.key] {
          position = known
        } else {
          position = clusters.count
          index[entity.key] = position
          clusters.append(Cluster(key: entity.key, kind: entity.kind))
        }
        if !clusters[position].names.contains(entity.text) {
          clusters[position].names.append(entity.text)
        }
        if clusters[position].paragraphs.last != paragraph.index {
          clusters[position].paragraphs.append(paragraph.index)
        }
        for (other, label) in [(entity.acronym, "acronym"), (entity.expansion, "expansion")] {
          guard let other, other != entity.text,
            !clusters[position].alternates.contains(where: { $0.label == label + " " + other })
          else { continue }
          clusters[position].alternates.append(
            (EntityKey(name: other, concept: entity.key.concept), label + " " + other))
        }
      }
    }
    return clusters
  }

  /// The links between the entities of `first` and `second`, best first; `paragraphPairs`
  /// are the aligned paragraphs (first, second).
  func link(_ first: ReportFacts, _ second: ReportFacts, paragraphPairs: [(Int, Int)])
    -> [EntityLink]
  {
    let a = Self.clusters(first)
    let b = Self.clusters(second)
    let aligned = Set(paragraphPairs.map { Self.pack($0.0, $0.1) })
    var links: [EntityLink] = []
    for (i, j) in candidatePairs(a, b) {
      let x = a[i]
      let y = b[j]
      guard x.kind == y.kind || x.kind == .other || y.kind == .other else { continue }
      var best = (EntityKey.similarity(x.key, y.key), Self.reason(x.key, y.key))
      for alternate in x.alternates {
        let value = EntityKey.similarity(alternate.key, y.key)
        if value > best.0 { best = (value, "the first report's " + alternate.label) }
      }
      for alternate in y.alternates {
        let value = EntityKey.similarity(x.key, alternate.key)
        if value > best.0 { best = (value, "the second report's " + alternate.label) }
      }
      let together = x.paragraphs.flatMap { p in y.paragraphs.map { (p, $0) } }.filter {
        aligned.contains(Self.pack($0.0, $0.1))
      }
      guard best.0 >= nameThreshold || (best.0 >= alignedThreshold && !together.isEmpty)
      else { continue }
      var evidence = [best.1]
      if !together.isEmpty {
        evidence.append(
          "mentioned in aligned paragraphs "
            + together.prefix(4).map { "¶\($0.0)↔¶\($0.1)" }.joined(separator: ", "))
      }
      let score = min(1, best.0 * (together.isEmpty ? 0.9 : 1))
      links.append(
        EntityLink(
          first: Self.entity(x), second: Self.entity(y), score: (score * 1000).rounded() / 1000,
          evidence: evidence))
    }
    return links.sorted {
      $0.score != $1.score
        ? $0.score > $1.score : ($0.first.key, $0.second.key) < ($1.first.key, $1.second.key)
    }
  }

  /// The cluster pairs to compare: all, or on large inputs those sharing a bucket.
  private func candidatePairs(_ a: [Cluster], _ b: [Cluster]) -> [(Int, Int)] {
    if a.count * b.count <= exhaustiveLimit {
      return a.indices.flatMap { i in b.indices.map { (i, $0) } }
    }
    let buckets = { (cluster: Cluster) -> [String] in
      [cluster.key.concept.map { "c" + $0 }, "l" + cluster.key.latin, "k" + cluster.key.skeleton]
        .compactMap { $0 }
    }
    var byBucket: [String: [Int]] = [:]
    for (j, cluster) in b.enumerated() {
      for bucket in buckets(cluster) { byBucket[bucket, default: []].append(j) }
    }
    var seen = Set<Int>()
    var pairs: [(Int, Int)] = []
    for (i, cluster) in a.enumerated() {
      for bucket in buckets(cluster) {
        for j in byBucket[bucket] ?? [] where seen.insert(i * b.count + j).inserted {
          pairs.append((i, j))
        }
      }
    }
    return pairs
  }

  private static func reason(_ x: EntityKey, _ y: EntityKey) -> String {
    if let concept = x.concept, concept == y.concept { return "one concept (\(concept))" }
    if x.latin == y.latin { return "one transliteration (\(x.latin))" }
    let value = (EntityKey.similarity(x, y) * 100).rounded() / 100
    return "consonant skeletons \(x.skeleton) ~ \(y.skeleton) (\(value))"
  }

  private static func entity(_ cluster: Cluster) -> LinkedEntity {
    LinkedEntity(
      key: cluster.key.description, kind: cluster.kind.rawValue, names: cluster.names,
      paragraphs: cluster.paragraphs)
  }

  private static func pack(_ a: Int, _ b: Int) -> Int { a << 32 | b }
}
