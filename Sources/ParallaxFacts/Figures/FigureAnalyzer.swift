import ParallaxCorpus
import ParallaxText

/// Turns the numbers of a paragraph into figures: percent and currency, qualifier, range,
/// change, what is counted and the claim's status.
struct FigureAnalyzer {
  let box: FigureLanguageBox
  var language: FigureLanguage { box.value }
  let tokens: [FigureToken]
  let scalars: [Unicode.Scalar]
  let mentions: [NumberMention]
  /// The paragraph's sentences as `SentenceSplitter` gives them (token ranges: figure tokens
  /// are the shared tokens, one for one), the scope of a figure's status and change.
  let sentences: [Sentence]
  /// The stemmer, made on first need (most words are found in the language's cache).
  let stemmer: StemmerBox
  /// Concepts per distinct word, computed once per report (`nil`: the language's cache).
  let memo: ConceptMemo?
  /// The report's words with their figure readings, when `tokens` were derived from them.
  var words: WordTable<FigureWord>? = nil

  /// A mention with its percent, currency and qualifier bounds (token indices).
  struct Frame {
    var mention: NumberMention
    var quantityStart: Int
    var quantityEnd: Int
    var kind: Figure.Kind = .count
    var currency: String?
    /// Where the tokens after the quantity start (after a clitic suffix).
    var afterStart: Int
  }

  /// The figures in order.
  func figures() -> [Figure] {
    let frames = withCountedVague(mentions).map(frame)
    let sentenceOf = sentenceIndex()
    // The status of the last sentence read: figures come in text order, so one entry is a
    // cache (and no dictionary to allocate per paragraph).
    var cues: StatusCache?
    var result: [Figure] = []
    var index = 0
    while index < frames.count {
      let current = frames[index]
      // An article that counts nothing may stand between the two (`à 2,3 % sur un an en mai,
      // contre 2,9 %`).
      var partner = index + 1
      var pair = partner < frames.count ? pairTemplate(current, frames[partner]) : nil
      if pair == nil, partner + 1 < frames.count, frames[partner].mention.isArticle,
        !isKept(frames[partner])
      {
        partner += 1
        pair = pairTemplate(current, frames[partner])
      }
      if let (template, start, end) = pair {
        // A change written new value first (`rose to 33 from 22`): the first is the new one.
        let back = template.category == .changeBack
        let newer = back ? current : frames[partner]
        let older = back ? frames[partner] : current
        // Whether the figure is kept depends on its frames only: an article or a year that
        // counts nothing is dropped before the figure is made.
        guard isKept(newer) || isKept(older) else {
          index = partner + 1
          continue
        }
        var lower = older.mention.value
        if older.mention.scale == .one, newer.mention.scale > .one,
          older.mention.value < newer.mention.value, !older.mention.isVague
        {
          lower = lower * newer.mention.scale
        }
        var figure = makeFigure(newer, start: start, end: end)
        figure.fromQuantityRange = range(
          older.quantityStart, older.quantityEnd, opening: older.mention)
        if template.category == .change || back {
          figure.status = .change
          figure.changedFrom = lower
        } else {
          figure.qualifier = .range
          figure.upper = newer.mention.value
          figure.upperRange = figure.range
          figure.range = range(of: older.mention)
          figure.value = lower
          if older.kind != .count || newer.kind != .count {
            figure.kind = newer.kind == .count ? older.kind : newer.kind
          }
          figure.currency = newer.currency ?? older.currency
        }
        figure.measure = measure(
          after: newer, before: start, limit: back ? index + 1 : partner + 1, frames: frames,
          sentences: sentenceOf)
        applyClauseStatus(
          &figure, sentence: sentenceOf[newer.mention.firstToken], token: newer.mention.firstToken,
          &cues, sentenceOf)
        result.append(figure)
        index = partner + 1
        continue
      }
      guard isKept(current) else {
        index += 1
        continue
      }
      var start = current.quantityStart
      var end = current.quantityEnd
      var qualifier: Figure.Qualifier =
        current.mention.isVague ? .vague : current.mention.isApproximate ? .about : .exact
      var status = Figure.Status.plain
      var newValue: ExactNumber?
      if let (template, templateStart, templateEnd) = singleTemplate(current) {
        start = templateStart
        end = templateEnd
        switch template.category {
        case .qualifier(let found):
          // "опустились до минус 52", "fell to 30": after a verb of change the word is
          // "to", not "up to".
          if found == .upTo,
            NumberContext.cue(language.context.changeCues, before: templateStart, in: tokens)
          {
            break
          }
          // "не превысило 100", "didn't top 100": a negated "more than" claims no bound.
          if found == .moreThan,
            language.context.isNegated(before: templateStart, in: tokens)
          {
            break
          }
          if qualifier != .vague { qualifier = found }
        case .cumulative: status = .cumulative
        case .changeFrom:
          // The figure before it in the sentence is the new value.
          if let last = result.last, last.kind == current.kind,
            sentenceOf[firstToken(of: last)] == sentenceOf[current.mention.firstToken]
          {
            status = .change
            newValue = last.value
          }
        default: break
        }
      }
      if status == .cumulative, qualifier == .exact,
        let (template, templateStart, templateEnd) = singleTemplate(current, qualifiersOnly: true),
        case .qualifier(let found) = template.category
      {
        // "sayısı 5 bini aştı": a running total that was exceeded.
        qualifier = found
        start = min(start, templateStart)
        end = max(end, templateEnd)
      }
      // "تجاوز عدد النازحين 5 آلاف": a verb of exceeding a few words before.
      if qualifier == .exact, language.context.exceeded(before: start, in: tokens) {
        qualifier = .moreThan
      }
      if status == .plain, hasCumulativeCue(before: start, sentenceOf) { status = .cumulative }
      var figure = makeFigure(current, start: start, end: end)
      figure.qualifier = qualifier
      figure.status = status
      if let newValue {
        figure.changedFrom = figure.value
        figure.value = newValue
      }
      figure.measure = measure(
        after: current, before: start, limit: index + 1, frames: frames, sentences: sentenceOf)
      applyClauseStatus(
        &figure, sentence: sentenceOf[current.mention.firstToken],
        token: current.mention.firstToken, &cues, sentenceOf)
      result.append(figure)
      index += 1
    }
    return result
  }

  /// The token where `figure` starts.
  private func firstToken(of figure: Figure) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].start < figure.range.start { low = middle + 1 } else { high = middle }
    }
    return min(low, tokens.count - 1)
  }

  /// Articles count only before a counted noun; four-digit years only as counts of something.
  func isKept(_ frame: Frame) -> Bool {
    let mention = frame.mention
    if frame.kind == .count, isDuration(frame) || isHyphenAdjective(frame) { return false }
    guard mention.isArticle || mention.isYearLike else { return true }
    // "yüzde bir": an article word with a percent sign or word is an amount.
    if mention.isArticle, frame.kind == .percent { return true }
    if mention.isYearLike, frame.kind != .count || frame.currency != nil { return true }
    // "The number of evacuees reached 2100", "Yaralı sayısı 1900'e yükseldi": a count cue
    // before it makes a year-like number a count, unless a year word is right beside it.
    // A year word or suffix right beside it keeps it a year, whatever follows (`2020'de
    // yaralı sayısı`).
    if mention.isYearLike,
      language.context.isYear(first: mention.firstToken, end: mention.endToken, in: tokens)
    {
      return false
    }
    if mention.isYearLike,
      NumberContext.cue(
        language.context.countCues, before: frame.quantityStart, in: tokens, loose: true)
    {
      return true
    }
    guard let next = nextWord(from: frame.afterStart) else { return false }
    if language.measures.units.contains(tokens, next) { return true }
    // "значатся 2008 фамилий": where years are written with a year word, a year-like number
    // right before a lowercase word (not a short joiner: `2008 и 2010 годах`) is a count.
    if mention.isYearLike, language.context.yearsHaveMarkers, next == frame.afterStart,
      tokens[next].gap > 0, !tokens[next].capitalized, tokens[next].end - tokens[next].start > 3
    {
      return true
    }
    let concepts = concepts(next)
    if mention.isArticle {
      return concepts.contains { $0.part == "counted" || $0.part == "event" }
        && next == frame.afterStart
    }
    // "٢٠٢٠ إصابة": an event noun right after a year-like number makes it a count too.
    if next == frame.afterStart, concepts.contains(where: { $0.part == "event" }) { return true }
    if concepts.contains(where: { $0.part == "counted" }) { return true }
    // "1998 düzensiz göçmen", "1987 новых беженцев": an adjective, then what is counted.
    guard next == frame.afterStart, let second = nextWord(from: next + 1) else { return false }
    return self.concepts(second).contains { $0.part == "counted" }
  }

  /// Whether a running-total cue (`bringing`, `portant`) stands within eight tokens before,
  /// in the same sentence.
  private func hasCumulativeCue(before start: Int, _ sentences: [Int]) -> Bool {
    guard !language.cumulativeCues.isEmpty else { return false }
    var cursor = start - 1
    while cursor >= 0, cursor >= start - 8 {
      if sentences[cursor] != sentences[start] { return false }
      if tokens[cursor].kind == .word, language.cumulativeCues.matches(tokens, at: cursor) {
        return true
      }
      cursor -= 1
    }
    return false
  }

  /// A count of days, months or years is a duration, not a figure of the story
  /// (`two days of talks`, `trois derniers mois`, `الأشهر الثلاثة الأخيرة`).
  private func isDuration(_ frame: Frame) -> Bool {
    guard language.durationUnits.count > 0 else { return false }
    var cursor = frame.afterStart
    var words = 0
    while cursor < tokens.count, words < 2, tokens[cursor].kind == .word {
      let hash = tokens[cursor].hash
      let key = tokens[cursor].key
      if language.durationUnits.contains(hash, key: key) { return true }
      guard language.durationAdjectives.contains(hash, key: key) else { break }
      words += 1
      cursor += 1
    }
    let before = frame.quantityStart - 1
    return before >= 0 && tokens[before].kind == .word
      && language.durationUnitsBefore.contains(tokens[before].hash, tokens, before)
  }

  /// A number joined by a hyphen to a unit, written as one word (`a one-day visit`, `a
  /// 10-day truce`, `the three-member panel`), is an adjective, not a figure.
  private func isHyphenAdjective(_ frame: Frame) -> Bool {
    let hyphen = frame.afterStart
    guard language.hyphenUnits.count > 0, hyphen + 1 < tokens.count,
      tokens[hyphen].punct == CharacterNames.hyphenMinus, tokens[hyphen].gap == 0,
      tokens[hyphen + 1].gap == 0,
      tokens[hyphen + 1].kind == .word
    else { return false }
    return language.hyphenUnits.contains(tokens[hyphen + 1].hash, tokens, hyphen + 1)
  }

  private func nextWord(from index: Int) -> Int? {
    var cursor = index
    while cursor < tokens.count, cursor < index + 3 {
      if tokens[cursor].kind == .word { return cursor }
      if tokens[cursor].punct != CharacterNames.apostrophe
        && tokens[cursor].punct != CharacterNames.hyphenMinus
      {
        return nil
      }
      cursor += 1
    }
    return nil
  }

  private func makeFigure(_ frame: Frame, start: Int, end: Int) -> Figure {
    let mention = frame.mention
    let expression = range(start, end, opening: mention)
    return Figure(
      range: range(of: mention),
      quantityRange: range(frame.quantityStart, frame.quantityEnd, opening: mention),
      expressionRange: expression, text: slice(expression), value: mention.value,
      form: mention.form, kind: frame.kind, currency: frame.currency)
  }

  func range(_ first: Int, _ end: Int) -> TextRange {
    TextRange(tokens[first].start, tokens[max(end - 1, first)].end)
  }

  /// The range of tokens `first..<end`, without the proclitic of `mention` when they start
  /// at its first token (`بثلاثة آلاف دولار` is `ثلاثة آلاف دولار`).
  func range(_ first: Int, _ end: Int, opening mention: NumberMention) -> TextRange {
    let skip = first == mention.firstToken ? mention.procliticScalars : 0
    return TextRange(tokens[first].start + skip, tokens[max(end - 1, first)].end)
  }

  /// The range of a number, without a proclitic glued to its first word.
  func range(of mention: NumberMention) -> TextRange {
    range(mention.firstToken, mention.endToken, opening: mention)
  }

  private func slice(_ range: TextRange) -> String {
    FigureView.string(scalars[range.start..<range.end])
  }

  // MARK: Percent and currency

  private func frame(_ mention: NumberMention) -> Frame {
    var frame = Frame(
      mention: mention, quantityStart: mention.firstToken, quantityEnd: mention.endToken,
      afterStart: mention.suffixEnd)
    guard !mention.isVague else { return frame }
    if let length = match(language.percentAfter, at: mention.endToken) {
      frame.kind = .percent
      frame.quantityEnd = mention.endToken + length
      frame.afterStart = suffixEnd(after: frame.quantityEnd)
    } else if let length = matchBefore(language.percentBefore, end: mention.firstToken) {
      frame.kind = .percent
      frame.quantityStart = mention.firstToken - length
      // "eksi yüzde beş", "-%5": a minus word or sign before the percent word or sign.
      let before = frame.quantityStart - 1
      if before >= 0, mention.value > .zero,
        tokens[before].kind == .word
          ? language.phraseHashes.value(tokens[before].hash, tokens, before)?.role == .negative
          : (tokens[before].punct == CharacterNames.hyphenMinus
            || tokens[before].punct == CharacterNames.minusSign)
            && tokens[frame.quantityStart].gap == 0
            && (before == 0 || tokens[before].gap > 0)
      {
        frame.quantityStart = before
        frame.mention.value = -mention.value
      }
    }
    if frame.kind == .count {
      for index in currencyCandidates(frame) {
        let form = language.currencies[index]
        let keys = form.keys
        let code = form.code
        if let prefix = form.prefix {
          // Inflected currency words after the number (Turkish dolara, Russian долларов).
          let end = frame.quantityEnd
          if end < tokens.count, tokens[end].kind == .word, tokens[end].key.hasBytePrefix(prefix) {
            frame.kind = .money
            frame.currency = code
            frame.quantityEnd += 1
            frame.afterStart = suffixEnd(after: frame.quantityEnd)
            break
          }
          continue
        }
        if matches(keys, at: frame.quantityEnd) {
          frame.kind = .money
          frame.currency = code
          frame.quantityEnd += keys.count
          frame.afterStart = suffixEnd(after: frame.quantityEnd)
          break
        }
        if frame.quantityStart >= keys.count, matches(keys, at: frame.quantityStart - keys.count) {
          frame.kind = .money
          frame.currency = code
          frame.quantityStart -= keys.count
          break
        }
      }
    }
    return frame
  }

  /// The currency forms that may match after or before a frame's quantity, in the order of
  /// `language.currencies` (the first that matches wins).
  private func currencyCandidates(_ frame: Frame) -> [Int] {
    var candidates = language.currencyPrefixForms
    if frame.quantityEnd < tokens.count,
      let forms = language.currenciesByFirst[
        tokens[frame.quantityEnd].hash, key: tokens[frame.quantityEnd].key]
    {
      candidates += forms
    }
    if frame.quantityStart > 0,
      let forms = language.currenciesByLast[
        tokens[frame.quantityStart - 1].hash, key: tokens[frame.quantityStart - 1].key]
    {
      candidates += forms
    }
    if candidates.count > 1 { candidates.sort() }
    return candidates
  }

  private func suffixEnd(after end: Int) -> Int {
    guard end + 1 < tokens.count, tokens[end].punct == CharacterNames.apostrophe,
      tokens[end].gap == 0,
      tokens[end + 1].kind == .word, tokens[end + 1].gap == 0
    else { return end }
    return end + 2
  }

  func matches(_ keys: [TokenKey], at index: Int) -> Bool {
    guard index >= 0, index + keys.count <= tokens.count, !keys.isEmpty else { return false }
    for offset in 0..<keys.count where !keys[offset].matches(tokens, index + offset) {
      return false
    }
    return true
  }

  /// The length of the longest of `phrases` at `index` (no arrays built per call).
  private func match(_ phrases: [[TokenKey]], at index: Int) -> Int? {
    var longest: Int?
    for phrase in phrases where matches(phrase, at: index) {
      longest = max(longest ?? phrase.count, phrase.count)
    }
    return longest
  }

  /// The length of the longest of `phrases` ending at `end`.
  private func matchBefore(_ phrases: [[TokenKey]], end: Int) -> Int? {
    var longest: Int?
    for phrase in phrases where matches(phrase, at: end - phrase.count) {
      longest = max(longest ?? phrase.count, phrase.count)
    }
    return longest
  }
}
