import ParallaxCore
import ParallaxXML

/// XLIFF 1.2: `file` (`source-language`, `target-language`) › `body` › `group`* ›
/// `trans-unit` (`source`, `target`). Units marked `translate="no"` are left out.
enum XLIFF12Reader {
  static func read(_ root: MarkupElement, locator: ElementLocator) -> BilingualDocument {
    var document = BilingualDocument(path: locator.path, format: .xliff12)
    var diagnostics: [Diagnostic] = []
    let files = root.descendants { $0.name == "file" }
    if files.isEmpty {
      diagnostics.append(
        Diagnostic(.warning, locator.location(of: root), "XLIFF without a <file> element"))
    }
    for file in files {
      let source = BilingualReader.language(
        file[attribute: "source-language"], of: file, attribute: "source-language",
        locator: locator, into: &diagnostics)
      let target = BilingualReader.language(
        file[attribute: "target-language"], of: file, attribute: "target-language",
        locator: locator, into: &diagnostics)
      if document.sourceLanguage == nil { document.sourceLanguage = source }
      if document.targetLanguage == nil { document.targetLanguage = target }
      if source == nil {
        diagnostics.append(
          Diagnostic(
            .warning, locator.location(of: file), "<file> without a source-language attribute"))
      }
      var position = 0
      file.forEach { unit in
        guard unit.name == "trans-unit" else { return }
        position += 1
        if unit[attribute: "translate"] == "no" { return }
        let location = locator.location(of: unit)
        let id = unit[attribute: "id"] ?? String(position)
        if unit[attribute: "id"] == nil {
          diagnostics.append(Diagnostic(.warning, location, "<trans-unit> without an id"))
        }
        guard let sourceElement = unit.first("source") else {
          diagnostics.append(
            Diagnostic(.error, location, "<trans-unit id=\"\(id)\"> has no <source>; skipped"))
          return
        }
        document.segments.append(
          BilingualSegment(
            id: id, source: InlineText.text(of: sourceElement),
            target: unit.first("target").map(InlineText.text(of:)), location: location))
      }
    }
    document.diagnostics = diagnostics
    return document
  }
}
