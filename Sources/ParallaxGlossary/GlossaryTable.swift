/// The storage behind a `Glossary`: a few large arrays, not a dictionary and arrays per
/// entry.
///
/// The ids are the keys of one `ByteKeyTable` (an entry's position is its id's number); the
/// terms of all entries are one flat table (text as a range of one UTF-8 buffer, language
/// as a small slot number, recorded status), each entry a range of it whose terms of one
/// language are contiguous, in order. Term notes are sparse. `GlossaryEntry` values are
/// made from it on demand (`entry(_:)`); the name index reads it directly.
package struct GlossaryTable: Sendable {
  /// A string of `bytes`: its start and length (length -1: no string).
  package struct Text: Sendable {
    var start: Int32
    var count: Int32

    /// No string.
    static let none = Text(start: 0, count: -1)
  }

  /// The UTF-8 of every term and note.
  package private(set) var bytes: [UInt8] = []
  /// The language codes met, by slot (in order of first sight).
  package private(set) var languages: [String] = []
  /// The domains met, by number.
  private var domains: [String] = []
  /// The ids; an entry's position is its id's number.
  private var ids = ByteKeyTable(capacity: 16)
  private var entryDomains: [Int32] = []
  private var entryNotes: [Text] = []
  /// Entry `e`'s terms are `termStarts[e]..<termEnds[e]`.
  package private(set) var termStarts: [Int32] = []
  package private(set) var termEnds: [Int32] = []
  /// Per term: its text, its language slot, its recorded status (0: the default of its
  /// place, else `Status` position + 1).
  package private(set) var termTexts: [Text] = []
  package private(set) var termLanguages: [UInt16] = []
  private var termStatuses: [UInt8] = []
  /// The notes of the few terms that have one, by term.
  private var termNotes: [Int32: String] = [:]

  /// An empty table.
  init() {}

  /// The number of entries.
  var count: Int { termStarts.count }

  /// Room for about `entries` entries of `bytes` bytes of text.
  mutating func reserve(entries: Int, bytes: Int) {
    ids = ByteKeyTable(capacity: max(entries, 16))
    entryDomains.reserveCapacity(entries)
    entryNotes.reserveCapacity(entries)
    termStarts.reserveCapacity(entries)
    termEnds.reserveCapacity(entries)
    self.bytes.reserveCapacity(bytes)
    // About ten terms per entry in a seven-language glossary.
    termTexts.reserveCapacity(entries * 10)
    termLanguages.reserveCapacity(entries * 10)
    termStatuses.reserveCapacity(entries * 10)
  }

  /// The position of the entry of id `id`, if any.
  func position(of id: String) -> Int? {
    var id = id
    return id.withUTF8 { ids.find($0, hash: ByteKeyTable.hash($0)) }
  }

  /// The position of the entry of the id `id` (UTF-8), if any.
  func position(ofUTF8 id: UnsafeBufferPointer<UInt8>) -> Int? {
    ids.find(id, hash: ByteKeyTable.hash(id))
  }

  /// The slot of language `code`, added when new.
  mutating func slot(_ code: String) -> Int {
    if let known = languages.firstIndex(of: code) { return known }
    languages.append(code)
    return languages.count - 1
  }

  /// The number of domain `domain`, added when new.
  mutating func domainNumber(_ domain: String) -> Int {
    if let last = domains.last, last == domain { return domains.count - 1 }
    if let known = domains.firstIndex(of: domain) { return known }
    domains.append(domain)
    return domains.count - 1
  }

  /// Starts a new entry of id `id` (not known yet) after the others: its terms are the ones
  /// appended until the next entry starts.
  mutating func startEntry(id: UnsafeBufferPointer<UInt8>, domain: Int) {
    _ = ids.add(id, hash: ByteKeyTable.hash(id))
    entryDomains.append(Int32(domain))
    entryNotes.append(.none)
    termStarts.append(Int32(termTexts.count))
    termEnds.append(Int32(termTexts.count))
  }

  /// Appends the plain variant `text` (UTF-8) in language `slot` to the last entry.
  mutating func appendTerm(_ text: UnsafeBufferPointer<UInt8>, slot: Int) {
    termTexts.append(store(text))
    termLanguages.append(UInt16(slot))
    termStatuses.append(0)
    termEnds[termEnds.count - 1] = Int32(termTexts.count)
  }

  /// Appends `terms` in language `slot` to the last entry as `GlossaryEntry.setVariants`
  /// keeps them: a text met before left out, a status recorded only when it is not the
  /// default of its place.
  mutating func appendTerms(_ terms: [GlossaryTerm], slot: Int) {
    var texts: [String] = []
    for term in terms where !texts.contains(term.text) {
      let status = term.status == GlossaryTerm.defaultStatus(rank: texts.count) ? nil : term.status
      var text = term.text
      termTexts.append(text.withUTF8 { store($0) })
      termLanguages.append(UInt16(slot))
      termStatuses.append(status.map { Self.code($0) } ?? 0)
      if let note = term.note { termNotes[Int32(termTexts.count - 1)] = note }
      texts.append(term.text)
    }
    termEnds[termEnds.count - 1] = Int32(termTexts.count)
  }

  /// Sets the note of the last entry.
  mutating func setNote(_ note: String?) {
    guard var note else {
      entryNotes[entryNotes.count - 1] = .none
      return
    }
    entryNotes[entryNotes.count - 1] = note.withUTF8 { store($0) }
  }

  /// Sets the note of the last entry to the UTF-8 `note`.
  mutating func setNote(_ note: UnsafeBufferPointer<UInt8>) {
    entryNotes[entryNotes.count - 1] = store(note)
  }

  /// Appends `entry` (its id not known yet).
  mutating func append(_ entry: GlossaryEntry) {
    var id = entry.id
    id.withUTF8 { startEntry(id: $0, domain: domainNumber(entry.domain)) }
    appendTerms(of: entry)
  }

  /// Gives the entry at `position` the terms, note and domain of `entry` (same id): its
  /// new terms are appended, the old ones left unused.
  mutating func replace(_ position: Int, with entry: GlossaryEntry) {
    entryDomains[position] = Int32(domainNumber(entry.domain))
    // The entry is moved to the end of the term table: its range is rebuilt there.
    let start = Int32(termTexts.count)
    let last = termEnds.count - 1
    let saved = (termStarts[last], termEnds[last], entryNotes[last])
    termStarts[last] = start
    termEnds[last] = start
    appendTerms(of: entry)
    let made = (termStarts[last], termEnds[last], entryNotes[last])
    (termStarts[last], termEnds[last], entryNotes[last]) = saved
    (termStarts[position], termEnds[position], entryNotes[position]) = made
  }

  /// Appends the terms and note of `entry` to the last entry (languages in code order).
  private mutating func appendTerms(of entry: GlossaryEntry) {
    for language in entry.terms.keys.sorted() {
      appendTerms(entry.variants(in: language), slot: slot(language))
    }
    setNote(entry.note)
  }

  /// The entry at `position`, as a value.
  func entry(_ position: Int) -> GlossaryEntry {
    var terms: [String: [String]] = [:]
    var details: [String: [String: GlossaryEntry.Detail]] = [:]
    let end = Int(termEnds[position])
    var term = Int(termStarts[position])
    while term < end {
      let slot = termLanguages[term]
      var texts: [String] = []
      var known: [String: GlossaryEntry.Detail] = [:]
      while term < end, termLanguages[term] == slot {
        let text = string(termTexts[term])
        let note = termNotes.isEmpty ? nil : termNotes[Int32(term)]
        if termStatuses[term] != 0 || note != nil {
          known[text] = GlossaryEntry.Detail(status: status(term), note: note)
        }
        texts.append(text)
        term += 1
      }
      let language = languages[Int(slot)]
      terms[language] = texts
      if !known.isEmpty { details[language] = known }
    }
    let note = entryNotes[position]
    return GlossaryEntry(
      id: id(position), terms: terms, note: note.count < 0 ? nil : string(note),
      domain: domains[Int(entryDomains[position])], details: details)
  }

  /// The language slots that some entry has terms in.
  func usedLanguages() -> [Int] {
    var used = [Bool](repeating: false, count: languages.count)
    for position in 0..<count {
      for term in Int(termStarts[position])..<Int(termEnds[position]) {
        used[Int(termLanguages[term])] = true
      }
    }
    return used.indices.filter { used[$0] }
  }

  /// The id of the entry at `position`.
  func id(_ position: Int) -> String {
    String(decoding: ids.bytes(position), as: UTF8.self)
  }

  /// The domain of the entry at `position`.
  func domain(_ position: Int) -> String { domains[Int(entryDomains[position])] }

  /// Whether the entry at `position` has a note.
  func hasNote(_ position: Int) -> Bool { entryNotes[position].count >= 0 }

  /// The recorded status of term `term` (nil: the default of its place).
  private func status(_ term: Int) -> GlossaryTerm.Status? {
    let code = Int(termStatuses[term])
    return code == 0 ? nil : GlossaryTerm.Status.allCases[code - 1]
  }

  private static func code(_ status: GlossaryTerm.Status) -> UInt8 {
    UInt8((GlossaryTerm.Status.allCases.firstIndex(of: status) ?? 0) + 1)
  }

  /// The string `text` of `bytes`.
  func string(_ text: Text) -> String {
    bytes.withUnsafeBufferPointer {
      String(decoding: $0[Int(text.start)..<Int(text.start + text.count)], as: UTF8.self)
    }
  }

  /// Runs `body` on the UTF-8 buffer of every term and note.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    bytes.withUnsafeBufferPointer(body)
  }

  /// Stores `text` in `bytes`.
  private mutating func store(_ text: UnsafeBufferPointer<UInt8>) -> Text {
    let start = bytes.count
    bytes.append(contentsOf: text)
    return Text(start: Int32(start), count: Int32(text.count))
  }
}
