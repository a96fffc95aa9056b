import Foundation
import ParallaxCore

/// Units of measure written after a number (`Resources/units.tsv`), so that a figure the
/// translator converted (`12 pouces` for `gut 30 cm`) is recognized as the same amount and a
/// figure in another unit is never taken for a changed value.
struct UnitTable: Sendable {
  /// One unit: its dimension and its size in the dimension's base unit.
  struct Unit: Sendable, Hashable {
    var dimension: String
    var size: Double
  }

  /// The units by lowercased form.
  var forms: [String: Unit]

  /// The shipped table.
  static let shipped: UnitTable = {
    guard
      let url = ResourceLocator.url(bundle: "Parallax_ParallaxCheck", "Resources/units.tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return UnitTable(forms: [:]) }
    return UnitTable(text: text)
  }()

  init(forms: [String: Unit]) { self.forms = forms }

  /// Parses the table's text.
  init(text: String) {
    var forms: [String: Unit] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count >= 3, let size = Double(cells[1]) else { continue }
      let unit = Unit(dimension: String(cells[0]), size: size)
      for form in cells[2].split(separator: "|") {
        let key = form.trimmingCharacters(in: .whitespaces).lowercased()
        if !key.isEmpty, forms[key] == nil { forms[key] = unit }
      }
    }
    self.forms = forms
  }

  /// The unit written right after `range` in `text` (spaces skipped; the word ends at a
  /// space, a bracket, a comma or an apostrophe; a final "." is dropped), if any.
  func unit(after range: TextRange, in text: String) -> (form: String, unit: Unit)? {
    let scalars = Array(text.unicodeScalars)
    var index = range.end
    while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    var word = String.UnicodeScalarView()
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace || ",;:()[]«»\"'’".unicodeScalars.contains(scalar) {
        break
      }
      word.append(scalar)
      index += 1
    }
    var form = String(word).lowercased()
    if form.hasSuffix(".") { form.removeLast() }
    guard !form.isEmpty, let unit = forms[form] else { return nil }
    return (form, unit)
  }
}
