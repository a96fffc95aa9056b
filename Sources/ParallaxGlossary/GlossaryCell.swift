/// The syntax inside a glossary cell: variants cut at ` | `, a status marker at the end of a
/// variant (`Idlib [admitted]`, `régime de Damas [forbidden: loaded]`) and backslash escapes
/// (`\\`, `\|`, `\t`, `\n`, `\r`, `\[`, `\]`, `\#`), read and written.
///
/// A marker is ` [status]` or ` [status: note]` closing a variant, `status` one of
/// `preferred`, `admitted`, `forbidden`; any other bracket is part of the term. Cells without
/// a backslash and without a variant ending in `]` (every glossary written before statuses)
/// are read as before, on the fast path of `GlossaryTSV.plainVariants`.
enum GlossaryCell {
  /// One scalar of a cell and whether it was escaped (then it is text, never syntax).
  private typealias Unit = (scalar: Unicode.Scalar, literal: Bool)

  /// The terms of a language cell, with their statuses (the default of their place when
  /// unmarked) and notes; empty variants left out.
  static func terms(_ cell: String) -> [GlossaryTerm] {
    var terms: [GlossaryTerm] = []
    for units in split(units(cell), on: "|") {
      let variant = trimmed(units[...])
      guard !variant.isEmpty else { continue }
      let rank = terms.count
      if let marked = marker(variant) {
        terms.append(GlossaryTerm(marked.text, status: marked.status, note: marked.note))
      } else {
        terms.append(
          GlossaryTerm(text(variant), status: GlossaryTerm.defaultStatus(rank: rank)))
      }
    }
    return terms
  }

  /// A whole cell (an id or the note) with its escapes resolved.
  static func unescaped(_ cell: String) -> String {
    guard cell.utf8.contains(0x5C) else { return cell }
    return text(units(cell)[...])
  }

  /// The cell of `terms`: variants joined by ` | `, a marker where the status is not the
  /// default of the place or a note is given.
  static func format(_ terms: [GlossaryTerm]) -> String {
    var cell = ""
    for (rank, term) in terms.enumerated() {
      if rank > 0 { cell += " | " }
      cell += escaped(term.text, brackets: term.text.hasSuffix("]"))
      guard term.status != GlossaryTerm.defaultStatus(rank: rank) || term.note != nil else {
        continue
      }
      cell += " [" + term.status.rawValue
      if let note = term.note { cell += ": " + escaped(note, brackets: true) }
      cell += "]"
    }
    return cell
  }

  /// `text` escaped for a cell: backslashes, bars, tabs and line ends; brackets too when
  /// asked (a term that would read as marked, a note inside a marker); a `#` opening it.
  static func escaped(_ text: String, brackets: Bool) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "|": result += "\\|"
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "[" where brackets: result += "\\["
      case "]" where brackets: result += "\\]"
      case "#" where result.isEmpty: result += "\\#"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Why `text` cannot be written in a cell, if it cannot: it is empty once trimmed, starts
  /// or ends with white space (the reader trims it), or holds a line end no escape writes.
  static func problem(_ text: String) -> String? {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return "is empty"
    }
    if first.properties.isWhitespace || last.properties.isWhitespace {
      return "starts or ends with white space"
    }
    let breaks: Set<UInt32> = [0x0B, 0x0C, 0x85, 0x2028, 0x2029]
    if text.unicodeScalars.contains(where: { breaks.contains($0.value) }) {
      return "holds a line or paragraph separator"
    }
    return nil
  }

  private static func units(_ cell: String) -> [Unit] {
    var units: [Unit] = []
    var scalars = cell.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\\" else {
        units.append((scalar, false))
        continue
      }
      guard let next = scalars.next() else {
        units.append((scalar, true))
        break
      }
      switch next {
      case "t": units.append(("\t", true))
      case "n": units.append(("\n", true))
      case "r": units.append(("\r", true))
      default: units.append((next, true))
      }
    }
    return units
  }

  private static func split(_ units: [Unit], on separator: Unicode.Scalar) -> [ArraySlice<Unit>] {
    var parts: [ArraySlice<Unit>] = []
    var start = 0
    for index in 0...units.count
    where index == units.count || (units[index].scalar == separator && !units[index].literal) {
      parts.append(units[start..<index])
      start = index + 1
    }
    return parts
  }

  private static func trimmed(_ units: ArraySlice<Unit>) -> ArraySlice<Unit> {
    var units = units
    while let first = units.first, !first.literal, first.scalar.properties.isWhitespace {
      units.removeFirst()
    }
    while let last = units.last, !last.literal, last.scalar.properties.isWhitespace {
      units.removeLast()
    }
    return units
  }

  private static func text(_ units: ArraySlice<Unit>) -> String {
    var text = ""
    text.unicodeScalars.append(contentsOf: units.map(\.scalar))
    return text
  }

  /// The term, status and note of a variant closed by a marker, or nil.
  private static func marker(_ variant: ArraySlice<Unit>)
    -> (text: String, status: GlossaryTerm.Status, note: String?)?
  {
    guard let last = variant.last, last.scalar == "]", !last.literal,
      let open = variant.lastIndex(where: { $0.scalar == "[" && !$0.literal }),
      open > variant.startIndex, variant[open - 1].scalar.properties.isWhitespace
    else { return nil }
    let inside = variant[(open + 1)..<(variant.endIndex - 1)]
    let colon = inside.firstIndex { $0.scalar == ":" && !$0.literal }
    let keyword = text(trimmed(inside[..<(colon ?? inside.endIndex)]))
    guard let status = GlossaryTerm.Status(rawValue: keyword) else { return nil }
    let term = trimmed(variant[..<open])
    guard !term.isEmpty else { return nil }
    let note = colon.map { text(trimmed(inside[($0 + 1)...])) }
    return (text(term), status, note?.isEmpty == false ? note : nil)
  }
}
