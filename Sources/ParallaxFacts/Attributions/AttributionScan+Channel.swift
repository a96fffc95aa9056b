import ParallaxCorpus
import ParallaxText

/// Channels: the object of `told`, a channel after the source or right after the verb
/// (`à l'AFP`), a channel before a closing phrase (Turkish `KAP'a yapılan bildirimle`).
extension AttributionScan {
  /// The object of a verb like `told`: a phrase that ends where a new noun phrase or a
  /// clause begins (`told analysts | the deal would …`, `told reporters | that …`).
  func channelPhrase(after index: Int) -> Range<Int> {
    let whole = phrase(after: index)
    var last = whole.lowerBound + 1
    while last < whole.upperBound, !isIn(last, TokenBits.nounMarkers) { last += 1 }
    return whole.lowerBound..<min(last, whole.upperBound)
  }

  /// The end of a channel phrase starting right at `index` (`à l'agence Anadolu que …`).
  func channelEnd(after index: Int) -> Int? {
    guard index < end, paragraph.has(index, TokenBits.channel),
      let marker = lexicon.channelMarkers.longestMatch(in: keys, from: index, limit: end)
    else { return nil }
    return phrase(after: marker.end).upperBound
  }

  /// A channel named before a closing phrase in the sentence (Turkish "Kamuyu Aydınlatma
  /// Platformu'na (KAP) yapılan bildirimle"): the capitalized name, its suffix and its
  /// acronym in parentheses right before the phrase.
  func addClosedChannel(to attribution: inout Attribution?) {
    guard attribution != nil, attribution?.channel == nil, !lexicon.channelClosers.isEmpty
    else { return }
    for probe in contentStart..<contentEnd where tokens[probe].kind == .word {
      guard lexicon.channelClosers.longestMatch(in: keys, from: probe, limit: end) != nil else {
        continue
      }
      // "Bakanlığı'ndan yapılan açıklamada": the phrase ends a cue whose source is the name.
      if probe > contentStart, paragraph.has(probe - 1, TokenBits.cue),
        let cue = lexicon.cues.longestMatch(in: keys, from: probe - 1, limit: end),
        cue.end > probe
      {
        return
      }
      var first = probe
      while first > contentStart, !taken[first - 1] {
        let token = tokens[first - 1]
        let suffix =
          token.kind == .word && !token.spaceBefore && first - 2 >= contentStart
          && keys[first - 2] == "'"
        guard
          token.isCapitalized || suffix || token.is("(") || token.is(")") || keys[first - 1] == "'"
        else { break }
        first -= 1
      }
      while first < probe, !tokens[first].isCapitalized { first += 1 }
      guard first < probe else { return }
      attribution?.channel = paragraph.text(first..<probe)
      attribution?.channelRange = paragraph.textRange(first..<probe)
      return
    }
  }

  /// A channel phrase after `index` in the same sentence (`à l'agence … Anadolu`).
  func addChannel(to attribution: inout Attribution?, after index: Int) {
    guard attribution != nil else { return }
    var probe = index
    while probe < contentEnd {
      if paragraph.has(probe, TokenBits.channel),
        let marker = lexicon.channelMarkers.longestMatch(in: keys, from: probe, limit: end)
      {
        let channelStart = probe + 1 < marker.end ? probe + 1 : marker.end
        var first = channelStart
        while first < end, keys[first] == "'" { first += 1 }
        let channel = phrase(after: first)
        let whole = channelStart..<channel.upperBound
        if !channel.isEmpty {
          attribution?.channel = paragraph.text(whole)
          attribution?.channelRange = paragraph.textRange(whole)
        }
        return
      }
      if tokens[probe].isAny(Self.sentenceMarks) { return }
      probe += 1
    }
  }

  /// A `told` verb whose subject is before it: what follows the channel is the content.
  func toldSubjectFirst(cue: Range<Int>, subject: Range<Int>) -> Attribution? {
    let channel = channelPhrase(after: cue.upperBound)
    let after = max(channel.upperBound, cue.upperBound)
    let content =
      clauseLength(after: after) >= 3 || subject.lowerBound <= contentStart
      ? self.content(after: after) : self.content(before: subject.lowerBound - 1)
    var attribution = make(.verb, cue: cue, source: subject, content: content)
    if !channel.isEmpty {
      attribution?.channel = paragraph.text(channel)
      attribution?.channelRange = paragraph.textRange(channel)
    }
    return attribution
  }

  /// A channel opening the phrase at `index` (`à l'AFP`, `a la cadena SER`): its marker and
  /// the capitalized name after it.
  func leadingChannel(at index: Int) -> Range<Int>? {
    guard index < contentEnd, paragraph.has(index, TokenBits.channel),
      let marker = lexicon.channelMarkers.longestMatch(in: keys, from: index, limit: end)
    else { return nil }
    var last = marker.end
    while last < contentEnd, tokens[last].kind == .word || keys[last] == "'",
      tokens[last].isCapitalized || keys[last] == "'" || tokens[last].isAllCaps
    {
      last += 1
    }
    return index..<last
  }

  /// The channel's name without the preposition opening its marker (`AFP` of `à l'AFP`).
  func channelName(_ channel: Range<Int>) -> Range<Int> {
    var first = channel.lowerBound
    if channel.count > 1, !tokens[first].isCapitalized { first += 1 }
    while first < channel.upperBound - 1, keys[first] == "'" { first += 1 }
    return first..<channel.upperBound
  }
}
