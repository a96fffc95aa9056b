import ParallaxAlign
import ParallaxCorpus
import ParallaxExchange

/// Translation memories read for the aligner and the glossary suggestions (`--tm FILE`).
enum MemoryInput {
  /// The memories at `paths`; one that cannot be read gives its located error and the rest
  /// are still read.
  static func load(_ paths: [String], _ diagnostics: inout [Diagnostic]) -> [BilingualDocument] {
    var documents: [BilingualDocument] = []
    for path in paths {
      do {
        let document = try BilingualReader.readMemory(path: path)
        diagnostics += document.diagnostics
        documents.append(document)
      } catch {
        diagnostics.append(error.diagnostic)
      }
    }
    return documents
  }

  /// The memories' segment pairs in `source` and `target` (either way round, turned to
  /// read source → target).
  static func texts(_ documents: [BilingualDocument], source: String, target: String)
    -> [(source: String, target: String)]
  {
    let (s, t) = (MemoryExport.primary(source), MemoryExport.primary(target))
    var result: [(source: String, target: String)] = []
    for document in documents {
      for segment in document.segments {
        guard let text = segment.target, !text.isEmpty else { continue }
        let a = MemoryExport.primary(segment.sourceLanguage ?? document.sourceLanguage ?? "")
        let b = MemoryExport.primary(segment.targetLanguage ?? document.targetLanguage ?? "")
        if a == s, b == t { result.append((segment.source, text)) }
        if a == t, b == s { result.append((text, segment.source)) }
      }
    }
    return result
  }

  /// Word pairs learnt from the memories' segments in the two languages, by the aligner's
  /// `LexiconLearner`: what `--tm` adds to the aligner's lexicon.
  static func lexicon(_ documents: [BilingualDocument], source: String, target: String)
    -> [LexiconEntry]
  {
    let pairs = texts(documents, source: source, target: target)
    guard !pairs.isEmpty else { return [] }
    return LexiconLearner().learn(
      texts: pairs, sourceLanguage: MemoryExport.primary(source),
      targetLanguage: MemoryExport.primary(target))
  }

  /// Every segment pair as aligned texts (the memory's path as report, the unit's position
  /// as unit), for the glossary suggestions.
  static func alignedTexts(_ documents: [BilingualDocument]) -> [AlignedText] {
    documents.flatMap { document in
      document.segments.enumerated().compactMap { index, segment -> AlignedText? in
        guard let text = segment.target, !text.isEmpty,
          let a = segment.sourceLanguage ?? document.sourceLanguage,
          let b = segment.targetLanguage ?? document.targetLanguage
        else { return nil }
        return AlignedText(
          firstReport: document.path, firstLanguage: a, firstUnits: [index + 1],
          firstText: segment.source, secondReport: document.path, secondLanguage: b,
          secondUnits: [index + 1], secondText: text)
      }
    }
  }
}
