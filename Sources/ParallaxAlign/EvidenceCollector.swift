/// Lists what made a bead's two sides match: for each source word, its best key shared with
/// a target word (an anchor or a lexicon pair), the strongest first.
struct EvidenceCollector {
  let a: SideFeatures
  let b: SideFeatures
  let keys: AnchorKeys
  let table: PairTable
  /// The most pieces of evidence listed per bead.
  var limit = 8

  /// The evidence of the bead pairing source units `s` with target units `t`.
  func collect(_ s: Range<Int>, _ t: Range<Int>) -> [Evidence] {
    let offset = Int32(keys.count)
    var targetKeys: [Int32: (strength: Float, token: Int)] = [:]
    for unit in t {
      for token in b.tokens(of: unit) {
        var carried: [(Int32, Float)] = []
        for index in b.keyStart[token]..<b.keyStart[token + 1] {
          carried.append((b.keys[index], b.strengths[index]))
        }
        if b.tokenStem[token] >= 0 {
          carried += table.translations(of: b.tokenStem[token], offset: offset)
        }
        for (key, strength) in carried where strength > (targetKeys[key]?.strength ?? 0) {
          targetKeys[key] = (strength, token)
        }
      }
    }
    var found: [Evidence] = []
    var seen = Set<String>()
    for unit in s {
      for token in a.tokens(of: unit) {
        var best: (weight: Float, key: Int32, target: Int)?
        var carried: [(Int32, Float)] = []
        for index in a.keyStart[token]..<a.keyStart[token + 1] {
          carried.append((a.keys[index], a.strengths[index]))
        }
        if a.tokenStem[token] >= 0 { carried.append((offset + a.tokenStem[token], 1)) }
        for (key, strength) in carried {
          guard let match = targetKeys[key] else { continue }
          let weight = a.tokenWeight[token] * min(strength, match.strength)
          if weight > (best?.weight ?? 0) { best = (weight, key, match.token) }
        }
        guard let best, let kind = kind(best.key, best.target) else { continue }
        let sourceWord = a.words[Int(a.tokenWord[token])]
        let targetWord = b.words[Int(b.tokenWord[best.target])]
        guard seen.insert(sourceWord + "\u{1}" + targetWord).inserted else { continue }
        found.append(
          Evidence(
            kind: kind, source: sourceWord, target: targetWord,
            weight: (Double(best.weight) * 1000).rounded() / 1000))
      }
    }
    found.sort { ($1.weight, $0.source, $0.target) < ($0.weight, $1.source, $1.target) }
    return Array(found.prefix(limit))
  }

  private func kind(_ key: Int32, _ targetToken: Int) -> Evidence.Kind? {
    let offset = Int32(keys.count)
    if key < offset { return Evidence.Kind(anchorKey: keys.names[Int(key)]) }
    return table.pair(source: key - offset, target: b.tokenStem[targetToken])?.origin
  }
}
