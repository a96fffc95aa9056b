import ParallaxCore
import ParallaxXML

/// TMX 1.4b: `header` (`srclang`) › `body` › `tu` › `tuv` (`xml:lang`, or `lang` of TMX 1.1)
/// › `seg`. The source variant is the one in the source language (the `tu`'s own `srclang`
/// first); the target language is the first other language the file holds. Tags are matched
/// without regard to case (`En-uS` is `en-US`).
///
/// As a bilingual file (`memory` false) a unit without a variant in the document's target
/// language has no target. As a translation memory (`memory` true) each unit keeps its own
/// pair: its target is the variant in the document's target language when it has one, else
/// its first variant in another language, and both languages are set on the segment.
enum TMXReader {
  static func read(_ root: MarkupElement, locator: ElementLocator, memory: Bool = false)
    -> BilingualDocument
  {
    var diagnostics: [Diagnostic] = []
    var document = BilingualDocument(path: locator.path, format: .tmx)
    let header = root.first("header")
    var declared = header?[attribute: "srclang"]
    if declared == nil {
      diagnostics.append(
        Diagnostic(
          .warning, locator.location(of: header ?? root),
          "TMX header without srclang; the first variant of each unit is taken as the source"))
    }
    if declared?.lowercased() == "*all*" { declared = nil }
    document.sourceLanguage = BilingualReader.language(
      declared, of: header ?? root, attribute: "srclang", locator: locator, into: &diagnostics)
    let units = root.first("body")?.elements("tu") ?? []
    for (index, unit) in units.enumerated() {
      let location = locator.location(of: unit)
      let id = unit[attribute: "tuid"] ?? String(index + 1)
      let variants = unit.elements("tuv").map { tuv in
        (
          language: LanguageTag.normalize(
            tuv[attribute: "xml:lang"] ?? tuv[attribute: "lang"] ?? ""),
          text: tuv.first("seg").map(InlineText.text(of:))
        )
      }
      let unitSource = unit[attribute: "srclang"].flatMap(LanguageTag.normalize)
      let sourceLanguage = unitSource ?? document.sourceLanguage ?? variants.first?.language
      guard let sourceIndex = variants.firstIndex(where: { same($0.language, sourceLanguage) }),
        let sourceText = variants[sourceIndex].text
      else {
        diagnostics.append(
          Diagnostic(
            .error, location,
            "<tu> \(id) has no <tuv> in the source language \(sourceLanguage ?? "?"); skipped"))
        continue
      }
      if document.sourceLanguage == nil { document.sourceLanguage = sourceLanguage }
      if document.targetLanguage == nil {
        document.targetLanguage = variants.first { !same($0.language, sourceLanguage) }?.language
      }
      var target = variants.first {
        same($0.language, document.targetLanguage) && !same($0.language, sourceLanguage)
      }
      if memory, target == nil {
        target = variants.first { $0.language != nil && !same($0.language, sourceLanguage) }
      }
      document.segments.append(
        BilingualSegment(
          id: id, source: sourceText, target: target.map { $0.text ?? "" }, location: location,
          sourceLanguage: variants[sourceIndex].language, targetLanguage: target?.language ?? nil)
      )
    }
    document.diagnostics = diagnostics
    return document
  }

  /// Whether two normalized tags name the same language (`en-US` and `en-us`; `en` and
  /// `en-GB` too when one of them has no region).
  static func same(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return false }
    if a.lowercased() == b.lowercased() { return true }
    let (x, y) = (LanguageTag.primary(a), LanguageTag.primary(b))
    return x == y && (!a.contains("-") || !b.contains("-"))
  }
}
