/// The formats every report-printing command writes.
public enum RenderFormat: String, Sendable, Hashable, CaseIterable {
  /// Text for a terminal (coloured when the `TerminalStyle` allows).
  case text
  /// Markdown, for a note or a ticket.
  case markdown
  /// One self-contained HTML page (no script, nothing fetched).
  case html
  /// A JSON array, one element per value.
  case json
}
