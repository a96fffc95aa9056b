import ParallaxCorpus

extension Aligner {
  /// Aligns `first` with `second` in `mode`: parallel (monotonic beads), comparable
  /// (reordered, merged or missing units; links may cross) or decided from the evidence.
  ///
  /// `auto` runs both modes and reads the evidence (`ModeEvidence`): one language with most
  /// words matched is two versions of one text (comparable); two languages whose confident
  /// comparable links lie in order on the parallel path is a translation (parallel);
  /// anything else is comparable.
  public func align(
    _ first: AlignmentSide, _ second: AlignmentSide, mode: AlignmentMode,
    unit: AlignmentUnit = .paragraph, comparable: ComparableOptions = ComparableOptions()
  ) -> ReportAlignment {
    // Short texts get the facts stage's anchors: with few units, a figure with what it
    // counts or a weekday may be all two translated lines visibly share.
    var anchors: (first: [[UnitAnchor]], second: [[UnitAnchor]])?
    var speakers: (first: SpeakerSpans, second: SpeakerSpans)?
    if mode != .parallel, max(first.units.count, second.units.count) <= comparable.shortText,
      first.language != "und", second.language != "und"
    {
      let (a, b) = (ReportUnits.facts(of: first), ReportUnits.facts(of: second))
      anchors = (a.anchors, b.anchors)
      speakers = (a.speakers, b.speakers)
    }
    return align(
      first, second, mode: mode, unit: unit, comparable: comparable, headlines: false,
      anchors: anchors, speakers: speakers)
  }

  /// `align(_:_:mode:unit:comparable:)`, told whether unit 0 of both sides is a headline
  /// and given the facts stage's anchors and speakers (`SpeakerSpans`) of each unit.
  func align(
    _ first: AlignmentSide, _ second: AlignmentSide, mode: AlignmentMode, unit: AlignmentUnit,
    comparable: ComparableOptions, headlines: Bool,
    anchors: (first: [[UnitAnchor]], second: [[UnitAnchor]])?,
    speakers: (first: SpeakerSpans, second: SpeakerSpans)? = nil
  ) -> ReportAlignment {
    let sameLanguage = first.language == second.language && first.language != "und"
    let order =
      mode == .auto && !sameLanguage
      ? anchors.flatMap {
        AnchorOrder($0.first, $0.second, minimumLinks: comparable.parallelEvidence)
      } : nil
    var diagnostics: [Diagnostic] = []
    var decision: ModeDecision
    var links: [UnitLink]
    if mode == .parallel {
      decision = ModeDecision(
        mode: .parallel, versions: false, automatic: false, reason: "parallel mode was asked for")
      (links, diagnostics) = parallelLinks(first, second)
    } else if let order, order.saysTranslation {
      // Cheap evidence first: long texts whose figures, dates and names keep one order
      // along the diagonal are a translation; the comparable search would only confirm it.
      let percent = { (value: Double) in "\(Int((value * 100).rounded())) %" }
      decision = ModeDecision(
        mode: .parallel, versions: false, automatic: true,
        reason: "parallel: the facts' anchors keep both texts' order along the diagonal "
          + "(\(order.pairs) anchor pairs, \(percent(order.inOrder)) in order, "
          + "\(percent(order.nearDiagonal)) near the diagonal)")
      (links, diagnostics) = parallelLinks(first, second)
    } else {
      let engine = ComparableAligner(
        aligner: self, options: comparable, headlines: headlines, anchors: anchors,
        speakers: speakers)
      var parallel: ([UnitLink], [Diagnostic])?
      var result: ComparableAligner.Result
      if mode == .auto, !sameLanguage {
        // Across languages `auto` first reads the comparable first pass against the parallel
        // path: a translation is told without the comparable lexicon round, which only the
        // comparable links need.
        let prepared = prepare(first, second)
        result = engine.align(first, second, learning: false, prepared: prepared)
        // The parallel path is only searched when the comparable links could still call
        // the texts a translation (in order, enough of them).
        let couldBeParallel = { (result: ComparableAligner.Result) in
          !result.links.isEmpty && !(order?.saysNoTranslation ?? false)
            && ModeEvidence(result, parallel: nil, sameLanguage: false, options: comparable)
              .couldBeParallel
        }
        if couldBeParallel(result) { parallel = parallelLinks(first, second, prepared) }
        decision = ModeEvidence(
          result, parallel: parallel?.0, sameLanguage: sameLanguage, options: comparable
        ).decision(automatic: true)
        if decision.mode != .parallel {
          result = engine.align(first, second, prepared: prepared)
          if parallel == nil, couldBeParallel(result) {
            parallel = parallelLinks(first, second, prepared)
          }
          decision = ModeEvidence(
            result, parallel: parallel?.0, sameLanguage: sameLanguage, options: comparable
          ).decision(automatic: true)
        }
      } else {
        result = engine.align(first, second)
        decision = ModeEvidence(
          result, parallel: nil, sameLanguage: sameLanguage, options: comparable
        ).decision(automatic: mode == .auto)
      }
      if decision.mode == .parallel, let parallel {
        (links, diagnostics) = parallel
      } else {
        links = result.links
        diagnostics = ComparableWarnings.check(
          result, first, second, dictionaryKnown: sameLanguage || !lexicon.isEmpty)
      }
    }
    return ReportAlignment(
      firstID: first.name, secondID: second.name, firstLanguage: first.language,
      secondLanguage: second.language, unit: unit, decision: decision,
      firstCount: first.units.count, secondCount: second.units.count, links: links,
      diagnostics: diagnostics)
  }

  /// The parallel engine's beads as links (the unmatched units are left out: the
  /// `ReportAlignment` lists them).
  private func parallelLinks(
    _ first: AlignmentSide, _ second: AlignmentSide, _ prepared: PreparedSides? = nil
  ) -> ([UnitLink], [Diagnostic]) {
    let alignment = align(first, second, prepared: prepared ?? prepare(first, second))
    let links = alignment.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map {
      UnitLink(first: $0.source, second: $0.target, score: $0.score, evidence: $0.evidence)
    }
    return (links, alignment.diagnostics)
  }
}
