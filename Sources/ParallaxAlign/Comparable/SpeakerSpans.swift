import ParallaxCore

/// Who speaks in each unit: the scalar ranges (in the unit's text) of its attributions'
/// sources, reporting cues and channels, as the facts stage marks them (`selon l'OSDH`, `a
/// déclaré le gouverneur de Hatay`, `told Reuters`). Two reports that quote one source share
/// its name in paragraphs that may say different things: in comparable mode the words in
/// these ranges weigh less than the claim's words and never link two units alone.
struct SpeakerSpans: Sendable, Hashable {
  /// The ranges of each unit, sorted by start.
  var ranges: [[TextRange]]

  /// Whether no unit has a speaker range.
  var isEmpty: Bool { ranges.allSatisfy(\.isEmpty) }
}

extension SideFeatures {
  /// The side with the tokens that tell who speaks (inside `spans`, or anchors of the facts
  /// stage marked as a speaker) weighing `factor` of their weight and weak: they count less
  /// than the claim's figures, events, places and other names, and a pair that shares only
  /// them shares no content (`SharedContent`). Function words keep their own weight. A
  /// `factor` of 1 or more leaves the side as it is (speakers count as the claim's words).
  func weighingSpeakers(_ spans: SpeakerSpans?, by factor: Float) -> SideFeatures {
    let spans = spans.flatMap { $0.ranges.count == count && !$0.isEmpty ? $0 : nil }
    guard factor < 1, spans != nil || tokenSpeaker.contains(true) else { return self }
    var side = self
    if side.tokenSpeaker.count < tokenCount {
      side.tokenSpeaker += repeatElement(false, count: tokenCount - side.tokenSpeaker.count)
    }
    for unit in 0..<count {
      let ranges = spans?.ranges[unit] ?? []
      var changed = false
      for token in tokens(of: unit) {
        var speaker = side.tokenSpeaker[token]
        if !speaker, !ranges.isEmpty, token < tokenOffset.count, tokenOffset[token] >= 0 {
          let offset = Int(tokenOffset[token])
          speaker = ranges.contains { $0.start <= offset && offset < $0.end }
        }
        guard speaker else { continue }
        side.tokenSpeaker[token] = true
        side.tokenWeak[token] = true
        let function = token < tokenFunction.count && tokenFunction[token]
        if !function { side.tokenWeight[token] *= factor }
        changed = true
      }
      if changed {
        side.unitWeight[unit] = side.tokens(of: unit).reduce(0) { $0 + side.tokenWeight[$1] }
      }
    }
    return side
  }
}
