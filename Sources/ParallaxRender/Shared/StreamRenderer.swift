/// Writes a run of values in one format: an opening, one piece per value, a closing.
///
/// Commands stream: they load a value, hand it to `render(_:at:)`, write the piece and
/// forget the value, so a folder of 10,000 reports never sits in memory. Each view
/// (`list`, `show`, `facts`, and later `compare`, `diff`, `check`, TMX, TBX) is a static
/// factory in an extension, such as `StreamRenderer<AnalyzedReport>.facts(.html)`.
public struct StreamRenderer<Value>: Sendable {
  private let start: String
  private let pieces: @Sendable (Value, Int, (String) -> Void) -> Void
  private let end: @Sendable (Int) -> String

  /// A renderer that writes `opening`, then `render(value, position)` for each value
  /// (positions from 0), then `closing(count)`.
  public init(
    opening: String = "", render: @escaping @Sendable (Value, Int) -> String,
    closing: @escaping @Sendable (Int) -> String = { _ in "" }
  ) {
    start = opening
    pieces = { value, position, write in write(render(value, position)) }
    end = closing
  }

  /// A renderer that hands each value's piece to the output in parts as they are made
  /// (`write`), so that a large value's text is never held whole.
  public init(
    opening: String = "", writing: @escaping @Sendable (Value, Int, (String) -> Void) -> Void,
    closing: @escaping @Sendable (Int) -> String = { _ in "" }
  ) {
    start = opening
    pieces = writing
    end = closing
  }

  /// What comes before the first value (a page head, a table header, `[`).
  public func opening() -> String { start }

  /// The piece for `value`, the `position`-th (from 0) of the run.
  public func render(_ value: Value, at position: Int) -> String {
    var out = ""
    pieces(value, position) { out += $0 }
    return out
  }

  /// The piece for `value` handed to `write` in parts.
  public func write(_ value: Value, at position: Int, to write: (String) -> Void) {
    pieces(value, position, write)
  }

  /// What comes after the last of `count` values.
  public func closing(count: Int) -> String { end(count) }

  /// The whole output for `values`, in one string (for tests and small runs).
  public func render(all values: some Sequence<Value>) -> String {
    var out = opening()
    var count = 0
    for value in values {
      out += render(value, at: count)
      count += 1
    }
    return out + closing(count: count)
  }
}

extension StreamRenderer {
  /// A JSON array of `encode(value)`, one element per value, each on its own lines.
  static func jsonArray(_ encode: @escaping @Sendable (Value) -> String) -> StreamRenderer {
    StreamRenderer(
      opening: "[", render: { value, position in (position == 0 ? "\n" : ",\n") + encode(value) },
      closing: { count in count == 0 ? "]\n" : "\n]\n" })
  }

  /// One HTML page titled `title` holding `piece(value)` for each value, between `header`
  /// and `footer`.
  static func htmlPage(
    title: String, header: String = "", footer: String = "",
    _ piece: @escaping @Sendable (Value) -> String
  ) -> StreamRenderer {
    StreamRenderer(
      opening: HTMLPage.head(title: title) + header, render: { value, _ in piece(value) },
      closing: { _ in footer + HTMLPage.tail })
  }
}
