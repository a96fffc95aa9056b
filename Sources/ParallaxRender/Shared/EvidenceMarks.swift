import ParallaxCorpus

/// Weaves marks around evidence ranges of a paragraph, for every view that shows the text
/// with its facts (terminal, Markdown, HTML).
public enum EvidenceMarks {
  /// A range of the text and what goes before and after it.
  public typealias Mark = (range: TextRange, open: String, close: String)

  /// `text` with each mark around its range, in text order; a mark overlapping an earlier
  /// one, or outside the text, is left out. The text between and inside the marks goes
  /// through `escape`.
  public static func weave(_ text: String, _ marks: [Mark], escape: (String) -> String) -> String {
    let sorted = marks.sorted { $0.range < $1.range }
    let scalars = Array(text.unicodeScalars)
    func piece(_ start: Int, _ end: Int) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
      return escape(String(view))
    }
    var out = ""
    var done = 0
    for mark in sorted
    where mark.range.start >= done && mark.range.end <= scalars.count
      && mark.range.start <= mark.range.end
    {
      out += piece(done, mark.range.start) + mark.open
      out += piece(mark.range.start, mark.range.end) + mark.close
      done = mark.range.end
    }
    return out + piece(done, scalars.count)
  }
}
