import ParallaxCorpus

extension Aligner {
  /// Aligns `first` with `second` in `mode`: parallel (monotonic beads), comparable
  /// (reordered, merged or missing units; links may cross) or decided from the evidence.
  ///
  /// `auto` runs comparable mode first and reads its links: one language with most words
  /// matched is two versions of one text (comparable); most units linked in order with
  /// lengths in proportion is a translation (parallel); anything else is comparable.
  public func align(
    _ first: AlignmentSide, _ second: AlignmentSide, mode: AlignmentMode,
    unit: AlignmentUnit = .paragraph, comparable: ComparableOptions = ComparableOptions()
  ) -> ReportAlignment {
    align(first, second, mode: mode, unit: unit, comparable: comparable, headlines: false)
  }

  /// `align(_:_:mode:unit:comparable:)`, told whether unit 0 of both sides is a headline.
  func align(
    _ first: AlignmentSide, _ second: AlignmentSide, mode: AlignmentMode, unit: AlignmentUnit,
    comparable: ComparableOptions, headlines: Bool
  ) -> ReportAlignment {
    let sameLanguage = first.language == second.language && first.language != "und"
    var diagnostics: [Diagnostic] = []
    var decision: ModeDecision
    var links: [UnitLink]
    if mode == .parallel {
      decision = ModeDecision(
        mode: .parallel, versions: false, automatic: false, reason: "parallel mode was asked for")
      (links, diagnostics) = parallelLinks(first, second)
    } else {
      let result = ComparableAligner(aligner: self, options: comparable, headlines: headlines)
        .align(first, second)
      let evidence = ModeEvidence(result, sameLanguage: sameLanguage, options: comparable)
      decision = evidence.decision(automatic: mode == .auto)
      if decision.mode == .parallel {
        (links, diagnostics) = parallelLinks(first, second)
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
  private func parallelLinks(_ first: AlignmentSide, _ second: AlignmentSide) -> (
    [UnitLink], [Diagnostic]
  ) {
    let alignment = align(first, second)
    let links = alignment.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map {
      UnitLink(first: $0.source, second: $0.target, score: $0.score, evidence: $0.evidence)
    }
    return (links, alignment.diagnostics)
  }
}

/// What `auto` reads in a comparable alignment to choose a mode.
struct ModeEvidence {
  let sameLanguage: Bool
  /// The share of both sides' weight matched over all units.
  let overallCoverage: Double
  /// The share of units in a link.
  let linkedShare: Double
  /// The share of links that moved.
  let movedShare: Double
  /// The share of 1-1 links whose length ratio is within 1.5 times the median ratio.
  let proportional: Double
  let options: ComparableOptions

  init(_ result: ComparableAligner.Result, sameLanguage: Bool, options: ComparableOptions) {
    self.sameLanguage = sameLanguage
    self.options = options
    overallCoverage = result.overallCoverage
    let units = result.sourceLengths.count + result.targetLengths.count
    let linked = result.links.reduce(0) { $0 + $1.first.count + $1.second.count }
    linkedShare = units > 0 ? Double(linked) / Double(units) : 0
    movedShare =
      result.links.isEmpty
      ? 0 : Double(result.links.filter(\.moved).count) / Double(result.links.count)
    let ratios = result.links.filter { $0.first.count == 1 && $0.second.count == 1 }.map {
      Double(max(result.targetLengths[$0.second[0]], 1))
        / Double(max(result.sourceLengths[$0.first[0]], 1))
    }.sorted()
    if ratios.isEmpty {
      proportional = 0
    } else {
      let median = ratios[ratios.count / 2]
      proportional =
        Double(ratios.filter { $0 <= median * 1.5 && $0 >= median / 1.5 }.count)
        / Double(ratios.count)
    }
  }

  func decision(automatic: Bool) -> ModeDecision {
    let percent = { (value: Double) in "\(Int((value * 100).rounded())) %" }
    let versions = sameLanguage && overallCoverage >= options.versionsCoverage
    let measures =
      "\(percent(linkedShare)) of the units linked, \(percent(movedShare)) of the links "
      + "moved, \(percent(overallCoverage)) of the words matched, "
      + "\(percent(proportional)) of 1-1 links with lengths in proportion"
    guard automatic else {
      return ModeDecision(
        mode: .comparable, versions: versions, automatic: false,
        reason: "comparable mode was asked for (\(measures))")
    }
    if versions {
      return ModeDecision(
        mode: .comparable, versions: true, automatic: true,
        reason: "versions of one text: one language and \(percent(overallCoverage)) of the "
          + "words matched (\(measures))")
    }
    if linkedShare >= options.parallelShare, movedShare <= 0.1, proportional >= 0.8 {
      return ModeDecision(
        mode: .parallel, versions: false, automatic: true,
        reason: "parallel: the units follow each other in order with lengths in proportion "
          + "(\(measures))")
    }
    return ModeDecision(
      mode: .comparable, versions: false, automatic: true,
      reason: "comparable: "
        + (linkedShare < options.parallelShare
          ? "many units have no counterpart" : "links cross or lengths are out of proportion")
        + " (\(measures))")
  }
}
