/// Lays out rows of cells in columns for a terminal: each column as wide as its widest cell
/// (counted in characters, so `é` and `ض` count one), cut with `…` past its limit.
///
/// For side-by-side views (compare, diff, align): the caller colours cells after layout,
/// or passes plain text.
public struct TextColumns: Sendable, Hashable {
  /// The widest any column may be, per column; missing entries mean no limit.
  public var limits: [Int]
  /// What goes between two columns.
  public var separator: String

  /// Columns with these width limits and separator.
  public init(limits: [Int] = [], separator: String = "  ") {
    self.limits = limits
    self.separator = separator
  }

  /// The rows laid out, one line each, trailing spaces removed.
  public func layout(_ rows: [[String]]) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (column, cell) in row.enumerated() {
        widths[column] = max(widths[column], min(cell.count, limit(column)))
      }
    }
    return rows.map { row in
      var line = ""
      for (column, cell) in row.enumerated() {
        if column > 0 { line += separator }
        let clipped = Self.clip(cell, limit(column))
        line += clipped + String(repeating: " ", count: max(0, widths[column] - clipped.count))
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// `text` cut to `width` characters, the last one `…` when cut.
  public static func clip(_ text: String, _ width: Int) -> String {
    guard width > 0 else { return "" }
    return text.count <= width ? text : String(text.prefix(width - 1)) + "…"
  }

  private func limit(_ column: Int) -> Int {
    column < limits.count ? limits[column] : Int.max
  }
}
