import ParallaxCorpus
import ParallaxText

/// Finding the cue at a token: one word or several, and cues in two parts (`hatten … gesprochen`).
extension AttributionScan {
  func cue(at index: Int) -> (end: Int, kind: CueLexicon.CueKind)? {
    guard let found = singleCue(at: index) else { return nil }
    // "según informó X", "как сообщил X": a preposition and a verb make one cue.
    if case .preposition = found.kind, found.end < end, paragraph.has(found.end, TokenBits.cue),
      let verb = singleCue(at: found.end), case .verb = verb.kind
    {
      return (verb.end, .preposition)
    }
    return found
  }

  func singleCue(at index: Int) -> (end: Int, kind: CueLexicon.CueKind)? {
    if let found = lexicon.cues.longestMatch(in: keys, from: index, limit: min(end, index + 8)) {
      return (found.end, found.value)
    }
    if let gapped = gappedCue(at: index) { return (gapped, .verb(channelObject: false)) }
    if let stem = lexicon.objectStem(keys[index]),
      let found = lexicon.cues.longestMatch(in: keys, from: index, first: stem, limit: index + 1),
      case .verb = found.value
    {
      return (found.end, found.value)
    }
    for clitic in lexicon.clitics where keys[index].hasBytePrefix(clitic) {
      let rest = String(keys[index].dropFirst(clitic.count))
      if let found = lexicon.cues.longestMatch(
        in: keys, from: index, first: rest, limit: min(end, index + 8))
      {
        return (found.end, found.value)
      }
    }
    return nil
  }

  /// The end of a verb in two parts (`hält den Preis für`): its first part at `index`, its
  /// last within the clause, at most twelve tokens on (`hatte das Rote Kreuz die Zahl der
  /// Toten mit 40 angegeben`).
  func gappedCue(at index: Int) -> Int? {
    guard let head = lexicon.gappedVerbs.longestMatch(in: keys, from: index, limit: end),
      !head.value.isEmpty
    else { return nil }
    var probe = head.end
    while probe < min(end, head.end + 12), !isBoundary(probe) {
      for tail in head.value where keys[probe] == tail.first {
        if let found = matchTail(tail, at: probe) { return found }
      }
      probe += 1
    }
    return nil
  }

  /// The number of tokens of the second part of the gapped verb that ends `cue`.
  func gappedTailCount(_ tails: [[String]], endingAt last: Int) -> Int? {
    for tail in tails where !tail.isEmpty && last - tail.count >= 0 {
      if let found = matchTail(tail, at: last - tail.count), found == last { return tail.count }
    }
    return nil
  }

  private func matchTail(_ tail: [String], at index: Int) -> Int? {
    guard index + tail.count <= end else { return nil }
    for offset in tail.indices where keys[index + offset] != tail[offset] { return nil }
    return index + tail.count
  }
}
