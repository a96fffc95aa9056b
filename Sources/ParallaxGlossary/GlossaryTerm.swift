/// One term: a variant of a concept in one language, with its standing and an optional note.
///
/// In the native TSV a variant's status follows from its place (the first variant of a cell
/// is preferred, the others admitted) unless a marker says otherwise: `Idlib [admitted]`,
/// `régime de Damas [forbidden: loaded term]`, `OSDH [preferred: newsroom style]`.
public struct GlossaryTerm: Sendable, Codable, Hashable {
  /// A term's standing, as terminologists grade it (TBX `administrativeStatus`).
  public enum Status: String, Sendable, Codable, Hashable, CaseIterable {
    /// The rendering to use.
    case preferred
    /// An acceptable rendering.
    case admitted
    /// A rendering that must not be used (TBX `deprecatedTerm-admn-sts`).
    case forbidden
  }

  /// The term as written.
  public var text: String
  /// Its standing.
  public var status: Status
  /// A free-text note about this term (usage, source), when given.
  public var note: String?

  /// Creates a term.
  public init(_ text: String, status: Status = .admitted, note: String? = nil) {
    self.text = text
    self.status = status
    self.note = note
  }

  /// The status a variant has without a marker: preferred first, admitted after.
  public static func defaultStatus(rank: Int) -> Status { rank == 0 ? .preferred : .admitted }
}

extension GlossaryTerm {
  /// The terms of a cell written in the native syntax (`Idleb | Idlib [admitted: note]`):
  /// variants cut at unescaped bars, markers and escapes read, statuses of unmarked variants
  /// from their place.
  public static func terms(inCell cell: String) -> [GlossaryTerm] { GlossaryCell.terms(cell) }

  /// The native cell of `terms`: the inverse of `terms(inCell:)`.
  public static func cell(_ terms: [GlossaryTerm]) -> String { GlossaryCell.format(terms) }
}
