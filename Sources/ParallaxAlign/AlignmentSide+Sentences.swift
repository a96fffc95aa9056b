import Foundation
import ParallaxText

extension AlignmentSide {
  /// A side whose units are the sentences of `paragraphs` (the Text stage's splitter),
  /// numbered across the paragraphs in order.
  public static func sentences(of paragraphs: [String], language: String, name: String = "")
    -> AlignmentSide
  {
    let splitter = SentenceSplitter(language: language)
    var units: [String] = []
    for paragraph in paragraphs {
      let scalars = Array(paragraph.unicodeScalars)
      for sentence in splitter.sentences(in: paragraph) {
        let start = max(0, min(sentence.range.start, scalars.count))
        let end = max(start, min(sentence.range.end, scalars.count))
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        let unit = String(text).trimmingCharacters(in: .whitespacesAndNewlines)
        if !unit.isEmpty { units.append(unit) }
      }
    }
    return AlignmentSide(units: units, language: language, name: name)
  }
}
