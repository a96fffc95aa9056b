import Foundation

@testable import ParallaxFacts

/// One line of a held-out case file (`HeldOutCases/<lang>.tsv`, issue 9): a sentence written
/// by a native-speaker reviewer who had not seen the rules, and what it tests.
///
/// Columns (tab-separated; `#` lines are comments): class, sentence, number, value,
/// qualifier, measure, status, source. `-` in a column means "not tested". See the header
/// comments of each file and /work/briefs/cases.md.
struct HeldOutCase: Sendable, CustomStringConvertible {
  /// The classes a line may test (issue 9).
  static let classes: Set<String> = [
    "number-compound", "number-suffix", "number-counting-word", "number-teen",
    "number-spelling", "number-fraction", "number-combined", "number-decimal",
    "number-negative", "year-like-count", "count-after-number-word", "change", "exceeded",
    "event-participle", "event-noun-phrase", "affiliation-scope", "duration",
    "verb-object-figure", "adverb-not-source", "titled-source", "channel-not-source",
    "oblique-name", "not-a-figure",
    // story3east (session 5b): a conjunction opening a clause; a pluperfect speech verb.
    "clause-opener", "pluperfect-source",
    // The classes of the facts9 rule cases (`RuleCases/<lang>.tsv`).
    "appositive-count", "instrumental-source", "case-source", "change-new-first", "wire-slug",
    "desk",
    // The classes of the factswest rule cases (de/en/es/fr copy).
    "verb-final-source", "total-not-running",
    // A subject set off by commas right before its verb (`Ivo Brenn, who was prefect …, said`).
    "subject-apposition",
    // The classes of the srcwest rule cases (session 5, sources in de/en/es/fr).
    "passive-by", "acronym-source", "time-before-source", "quoted-first-person",
    "report-noun-source", "inverted-verb", "number-in-name", "reflexive-no-cue", "gapped-inverted",
    "gapped-long", "preposition-after", "preposition-genitive", "status-cue", "counted-noun",
    // The classes of the story3west rule cases (session 5b, de/es/fr).
    "figure-verb", "two-speakers", "headline-colon", "possessive-by", "list-verb",
    // The classes of the factswest5 rule cases (session 7, de/en/es/fr): a time phrase glued
    // to the source, a relative clause on a figure, a source in the sentence before, where or
    // how a source spoke (a place, a medium), a word whose sense the report chooses.
    "time-opener", "figure-relative", "sentence-before", "source-adjunct", "word-sense",
    "anaphor-source", "figure-in-source", "participle-agent",
    // factseast6 (session 8, ar): the preposition of a speech verb's object (أعلن عن, كشف عن)
    // at the source's edge.
    "object-preposition",
  ]
  /// The statuses a line may expect: `Figure.Status` (`earlier`: a superseded figure;
  /// `background`: a figure of another, earlier event).
  static let statuses: Set<String> = Set(
    ["plain", "change", "cumulative", "denied", "hedged", "earlier", "background"])

  /// The file's language (`tr`), from its name.
  var language: String
  /// The line number in its file, from 1.
  var line: Int
  /// What the line tests (`number-teen`, `titled-source`…).
  var kind: String
  /// The sentence.
  var sentence: String
  /// The surface of the number (`FROM>TO` for a change); `nil` for `-`.
  var number: String?
  /// The value as a plain decimal (`FROM>TO` for a change); `nil` for `-` (vague figures).
  var value: String?
  /// The qualifier (`Figure.Qualifier` raw value); `nil` for `-`.
  var qualifier: String?
  /// `event × counted × affiliation` with `?` parts; `nil` for `-`.
  var measure: String?
  /// The status; `nil` for `-`.
  var status: String?
  /// The source's surface, `none` for the outlet's own voice; `nil` for `-`.
  var source: String?

  /// Whether the line says that `number` must not be reported as a count.
  var expectsNoFigure: Bool { kind == "not-a-figure" || kind == "duration" }
  /// Whether the line is a change (`FROM>TO`).
  var isChange: Bool { number?.contains(">") == true }

  var description: String { "\(language).tsv:\(line) [\(kind)] \(sentence)" }

  /// A problem in a case file, located.
  struct ParseError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String
    var description: String { "\(file):\(line): \(message)" }
  }

  /// The cases of one file; a malformed line is an error naming its line.
  static func parse(_ text: String, language: String, file: String) -> (
    cases: [HeldOutCase], errors: [ParseError]
  ) {
    var cases: [HeldOutCase] = []
    var errors: [ParseError] = []
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      func fail(_ message: String) {
        errors.append(ParseError(file: file, line: offset + 1, message: message))
      }
      guard columns.count == 8 else {
        fail("\(columns.count) columns, 8 expected")
        continue
      }
      func optional(_ column: String) -> String? { column == "-" || column.isEmpty ? nil : column }
      let item = HeldOutCase(
        language: language, line: offset + 1, kind: columns[0], sentence: columns[1],
        number: optional(columns[2]), value: optional(columns[3]),
        qualifier: optional(columns[4]), measure: optional(columns[5]),
        status: optional(columns[6]), source: optional(columns[7]))
      if !classes.contains(item.kind) { fail("unknown class '\(item.kind)'") }
      if let qualifier = item.qualifier, Figure.Qualifier(rawValue: qualifier) == nil {
        fail("unknown qualifier '\(qualifier)'")
      }
      if let status = item.status, !statuses.contains(status) { fail("unknown status '\(status)'") }
      if let measure = item.measure, measure.components(separatedBy: " × ").count != 3 {
        fail("measure '\(measure)' is not event × counted × affiliation")
      }
      if let value = item.value {
        let parts = value.split(separator: ">", omittingEmptySubsequences: false)
        if parts.contains(where: { ExactNumber(string: String($0)) == nil }) {
          fail("value '\(value)' is not a decimal (or FROM>TO)")
        }
      }
      if let number = item.number, !item.isChange, !item.sentence.contains(number) {
        fail("number '\(number)' is not in the sentence")
      }
      cases.append(item)
    }
    return (cases, errors)
  }
}
