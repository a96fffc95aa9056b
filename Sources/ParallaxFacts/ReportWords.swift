import ParallaxText

/// The words of the reports an extractor has read lately, numbered, with their folded forms
/// and figure readings, and per word the marks `ReportContext` sets for one report.
///
/// Kept from one report to the next (a pool in `LanguageKit`): most words of a report were
/// in the one before, and finding them here costs one probe, where a table made per report
/// had to ask the shared memo (under its lock) for every one of its words again. Ids stay
/// fixed while an object lives, so per-report marks are stamps of the report's generation
/// instead of tables cleared per report. One report uses an object at a time.
final class ReportWords: @unchecked Sendable {
  /// The words, by their bytes as written.
  var table: WordTable<FigureWord>
  /// The number of the report being read (stamps equal to it are set for this report).
  private(set) var generation: Int32 = 0
  /// Per word id, the generation in which it opened a sentence capitalized, was written
  /// capitalized inside a sentence, or in lowercase.
  var openedCapitalized: [Int32] = []
  var capitalizedInside: [Int32] = []
  var lowercase: [Int32] = []

  /// The most words kept from earlier reports (about 10 MB): past it, the next report starts
  /// a new table.
  static let keptWords = 65_536

  init() { table = WordTable(capacity: 4096) }

  /// Starts a report of about `bytes` bytes: a new generation, and a new table when this one
  /// holds many words or could fill up during the report (ids must not change while a
  /// report is read).
  func start(bytes: Int) {
    if table.count > Self.keptWords || table.count + bytes / 2 + 16 > WordTables.limit {
      table = WordTable(capacity: min(bytes / 12 + 64, WordTables.limit))
      clearStamps()
    }
    if generation == Int32.max { clearStamps() }
    generation += 1
  }

  /// Forgets every stamp and starts the generations again.
  private func clearStamps() {
    openedCapitalized = []
    capitalizedInside = []
    lowercase = []
    generation = 0
  }

  /// Makes room for a stamp of every word id in the table.
  func growStamps() {
    let count = table.count
    guard openedCapitalized.count < count else { return }
    let more = count - openedCapitalized.count
    openedCapitalized.append(contentsOf: repeatElement(0, count: more))
    capitalizedInside.append(contentsOf: repeatElement(0, count: more))
    lowercase.append(contentsOf: repeatElement(0, count: more))
  }
}
