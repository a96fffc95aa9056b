import ParallaxText

/// The templates around figures: qualifiers (`au moins #`, `# aştı`), ranges and changes
/// (`entre # et #`, `من # الى #` after a verb of change), running totals.
extension FigureAnalyzer {
  /// The qualifier, cumulative or change-from template around one figure, with its token
  /// bounds; `qualifiersOnly`: only a qualifier after the number.
  func singleTemplate(_ frame: Frame, qualifiersOnly: Bool = false)
    -> (FigureTemplate, Int, Int)?
  {
    // Only the templates whose last literal token before the slot is the token before the
    // number (and those with none), in template order: the others cannot match.
    let candidates = candidates(
      before: frame.quantityStart, in: box.singleTemplates,
      otherwise: box.singleTemplatesWithoutBefore)
    let templates = language.templates
    for position in candidates {
      let template = templates[position]
      // A qualifier after the number only (`# aştı`): one before it is the cumulative's.
      if qualifiersOnly, !template.isQualifier || !template.before.isEmpty { continue }
      let start = frame.quantityStart - template.before.count
      guard matches(template.before, at: start) || template.before.isEmpty else { continue }
      if isVoided(template, at: start) { continue }
      if template.after.isEmpty { return (template, start, frame.quantityEnd) }
      // The qualifier may follow the counted noun phrase (قتل 22 جنديا تركيا على الأقل).
      var afterStart = frame.afterStart
      for _ in 0..<3 {
        if matches(template.after, at: afterStart) {
          return (template, start, afterStart + template.after.count)
        }
        guard afterStart < tokens.count, tokens[afterStart].kind == .word,
          !concepts(afterStart).isEmpty
        else { break }
        afterStart += 1
      }
    }
    return nil
  }

  /// The positions of the templates that may match with their slot at token `slot`: those
  /// `index` lists under the key of the token before it (the last literal word before the
  /// slot), else `otherwise` (the templates without such a word), in template order. One
  /// look-up for the one-slot templates (by the word before the number) and the pair
  /// templates (by the last word of their middle, before the second number).
  @inline(__always)
  private func candidates(
    before slot: Int, in index: HashTable<[Int]>, otherwise: @autoclosure () -> [Int]
  ) -> [Int] {
    let before = slot - 1
    return before >= 0
      ? index.value(tokens[before].hash, tokens, before) ?? otherwise() : otherwise()
  }

  /// Whether the words between a new value and its middle are its counted noun (three words
  /// at most, each naming something: `33 morts contre 22`).
  func isNounGap(_ gap: Range<Int>) -> Bool {
    gap.count <= 3 && gap.allSatisfy { tokens[$0].kind == .word && !concepts($0).isEmpty }
  }

  /// Whether the words between a new value and its middle date it, after a verb of change
  /// (`slowed to 38.2% in March from 44.4%`, `ralenti à 2,3 % sur un an en mai, contre 2,9 %`):
  /// six words at most, one of them a month.
  func isDateGap(_ gap: Range<Int>, changeAt start: Int) -> Bool {
    gap.count <= 6 && gap.allSatisfy { tokens[$0].kind == .word }
      && gap.contains { language.months.contains(tokens, $0) }
      && NumberContext.cue(language.context.changeCues, before: start, in: tokens)
  }

  /// Whether the word before a qualifier template gives its first word another sense
  /// (`Kapitalerhöhung über eine Milliarde`: the amount, not "more than").
  func isVoided(_ template: FigureTemplate, at start: Int) -> Bool {
    guard case .qualifier = template.category, let first = template.before.first, start > 0,
      let void = language.qualifierVoids[first.hash, key: first.key],
      tokens[start - 1].kind == .word
    else { return false }
    return void.contains(tokens[start - 1].key)
  }

  /// The range or change template joining two figures, with its token bounds.
  func pairTemplate(_ first: Frame, _ second: Frame) -> (FigureTemplate, Int, Int)? {
    // Only the templates whose middle ends with the token before the second number (and
    // those with no middle), in template order: the others cannot match.
    let candidates = candidates(
      before: second.quantityStart, in: box.pairTemplates,
      otherwise: box.pairTemplatesWithoutMiddle)
    let templates = language.templates
    for position in candidates {
      let template = templates[position]
      let start = first.quantityStart - template.before.count
      guard template.before.isEmpty || matches(template.before, at: start) else { continue }
      // The middle ends right before the second figure.
      let middleStart = second.quantityStart - template.middle.count
      guard middleStart >= first.afterStart,
        template.middle.isEmpty || matches(template.middle, at: middleStart)
      else { continue }
      // "33 morts contre 22 la veille": the new value's counted noun may stand before the
      // middle of a change written new value first (three words at most).
      if middleStart != first.afterStart {
        guard template.category == .changeBack,
          isNounGap(first.afterStart..<middleStart)
            || isDateGap(first.afterStart..<middleStart, changeAt: start)
        else { continue }
      }
      // Without a closing word (`la veille`), new value first is a change after a verb of
      // change only (`rose to 33 from 22`; but `48 voix contre 12`).
      if template.category == .changeBack, template.after.isEmpty,
        !NumberContext.cue(language.context.changeCues, before: start, in: tokens)
      {
        continue
      }
      guard template.after.isEmpty || matches(template.after, at: second.afterStart) else {
        continue
      }
      let end =
        template.after.isEmpty ? second.quantityEnd : second.afterStart + template.after.count
      // Two amounts of different kinds are not one range or change ("de 5 % à 47,5 dollars").
      if first.kind != .count, second.kind != .count,
        first.kind != second.kind
          || first.currency != second.currency
      {
        continue
      }
      // "weakened 1.2% to 6.2 per dollar": a percent then a plain number is no range.
      if first.kind == .percent, second.kind == .count { continue }
      // "ارتفعت البطالة من 7 إلى 9.5": from … to … after a verb of change is a change,
      // up or down.
      if template.category == .range,
        NumberContext.cue(language.context.changeCues, before: start, in: tokens)
      {
        var change = template
        change.category = .change
        return (change, start, end)
      }
      // A range goes up ("2-1" is a score, not a range; "20 à 30 milliards" does).
      if template.category == .range, first.mention.scale == second.mention.scale,
        !(first.mention.value < second.mention.value)
      {
        continue
      }
      return (template, start, end)
    }
    return nil
  }
}
