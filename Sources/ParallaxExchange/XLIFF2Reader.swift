import ParallaxCore
import ParallaxXML

/// XLIFF 2.x: `xliff` (`srcLang`, `trgLang`) › `file` › `group`* › `unit` › `segment`
/// (`source`, `target`); `ignorable` parts (white space between segments) are left out.
enum XLIFF2Reader {
  static func read(_ root: MarkupElement, locator: ElementLocator) -> BilingualDocument {
    var diagnostics: [Diagnostic] = []
    var document = BilingualDocument(path: locator.path, format: .xliff20)
    document.sourceLanguage = BilingualReader.language(
      root[attribute: "srcLang"], of: root, attribute: "srcLang", locator: locator,
      into: &diagnostics)
    document.targetLanguage = BilingualReader.language(
      root[attribute: "trgLang"], of: root, attribute: "trgLang", locator: locator,
      into: &diagnostics)
    if root[attribute: "srcLang"] == nil {
      diagnostics.append(
        Diagnostic(.warning, locator.location(of: root), "<xliff> without a srcLang attribute"))
    }
    var position = 0
    root.forEach { unit in
      guard unit.name == "unit" else { return }
      position += 1
      if unit[attribute: "translate"] == "no" { return }
      let unitID = unit[attribute: "id"] ?? String(position)
      let segments = unit.elements("segment")
      if segments.isEmpty {
        diagnostics.append(
          Diagnostic(
            .warning, locator.location(of: unit), "<unit id=\"\(unitID)\"> has no <segment>"))
      }
      for (index, segment) in segments.enumerated() {
        let location = locator.location(of: segment)
        let id = unitID + "/" + (segment[attribute: "id"] ?? String(index + 1))
        guard let source = segment.first("source") else {
          diagnostics.append(
            Diagnostic(.error, location, "<segment> \(id) has no <source>; skipped"))
          continue
        }
        document.segments.append(
          BilingualSegment(
            id: id, source: InlineText.text(of: source),
            target: segment.first("target").map(InlineText.text(of:)), location: location))
      }
    }
    document.diagnostics = diagnostics
    return document
  }
}
