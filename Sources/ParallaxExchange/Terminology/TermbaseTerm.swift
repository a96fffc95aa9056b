/// One term: its text, status and note.
public struct TermbaseTerm: Sendable, Hashable {
  /// The term as written.
  public var text: String
  /// Its administrative status, when the file gives one.
  public var status: TermStatus?
  /// A note on the term.
  public var note: String?

  /// Creates a term.
  public init(_ text: String, status: TermStatus? = nil, note: String? = nil) {
    self.text = text
    self.status = status
    self.note = note
  }
}
