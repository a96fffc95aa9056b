import ArgumentParser
import ParallaxAlign
import ParallaxCorpus
import ParallaxExchange

extension AlignCommand {
  /// Comparable, auto or sentence alignment: of two reports (their paragraphs or sentences,
  /// with entity links), or of two files of lines.
  func runReports(
    _ sourceSide: AlignmentSide, _ targetSide: AlignmentSide, _ aligner: Aligner,
    _ diagnostics: [Diagnostic]
  ) throws {
    var diagnostics = diagnostics
    let chosen: AlignmentMode =
      mode == .parallel ? .parallel : mode == .comparable ? .comparable : .auto
    let alignment: ReportAlignment
    var firstUnits = sourceSide.units
    var secondUnits = targetSide.units
    var firstReport: Report?
    var secondReport: Report?
    if unit == .line {
      alignment = aligner.align(sourceSide, targetSide, mode: chosen, unit: .line)
    } else {
      let first = input.loader.load([source]).reports.first
      let second = input.loader.load([target]).reports.first
      guard let first, let second else { throw ExitCode(1) }
      (firstReport, secondReport) = (first, second)
      let kind: AlignmentUnit = unit == .sentence ? .sentence : .paragraph
      var found =
        format == .tmx && chosen == .auto
        ? MemoryExport.align(aligner, first, second, unit: kind)
        : aligner.align(first, second, unit: kind, mode: chosen)
      found.firstID = source
      found.secondID = target
      alignment = found
      if kind == .sentence {
        firstUnits = kind.texts(of: first)
        secondUnits = kind.texts(of: second)
      }
    }
    diagnostics += alignment.diagnostics
    if format == .tmx, let reason = MemoryExport.refusal(alignment) {
      diagnostics.append(Diagnostic(.error, SourceLocation(path: target), reason))
      DiagnosticPrinter.emit(diagnostics)
      throw ExitCode(1)
    }
    let stream = try output.open()
    switch format {
    case .beads: stream.write(ReportAlignmentOutput.beads(alignment))
    case .json: stream.write(ReportAlignmentOutput.json(alignment) + "\n")
    case .text: stream.write(ReportAlignmentOutput.text(alignment, firstUnits, secondUnits))
    case .tmx:
      let units = MemoryExport.units(
        alignment.links.map { ($0.first, $0.second, $0.score) },
        MemoryExport.Side(
          name: source, language: alignment.firstLanguage, units: firstUnits,
          report: firstReport),
        MemoryExport.Side(
          name: target, language: alignment.secondLanguage, units: secondUnits,
          report: secondReport), unit: unit.rawValue)
      stream.write(TMXWriter.write(MemoryExport.memory(units, segmentType: segmentType)))
    }
    try stream.commit()
    DiagnosticPrinter.emit(diagnostics)
    let code = DiagnosticPrinter.exitCode(for: diagnostics)
    if code != .success { throw code }
  }
}
