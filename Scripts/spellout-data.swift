// Writes Sources/ParallaxFacts/Resources/numbers/spellout/<lang>.txt: the number words ICU's
// spell-out formatting gives for 0–99 and the hundreds (0–999 for a language whose
// numbers/<lang>.txt says "compound yes"), without soft hyphens, lowercased — what
// `FigureLanguage.icuSpellOut` makes at start-up for a language without such a file.
// Run from the package root after an ICU update: `swift Scripts/spellout-data.swift`;
// `SpellOutDataTests` fails while a file and this machine's ICU disagree.
import Foundation

let folder = "Sources/ParallaxFacts/Resources/numbers"
let codes = try FileManager.default.contentsOfDirectory(atPath: folder)
  .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
try FileManager.default.createDirectory(
  atPath: folder + "/spellout", withIntermediateDirectories: true)
for code in codes {
  let data = try String(contentsOfFile: "\(folder)/\(code).txt", encoding: .utf8)
  let compound = data.split(separator: "\n").contains { $0 == "compound\tyes" }
  let formatter = NumberFormatter()
  formatter.locale = Locale(identifier: code)
  formatter.numberStyle = .spellOut
  let values = compound ? Array(0...999) : Array(0...99) + stride(from: 100, through: 900, by: 100)
  var lines = [
    "# ICU spell-out of \(compound ? "0-999" : "0-99 and the hundreds") (\(code)), written by "
      + "Scripts/spellout-data.swift; do not edit.",
    "# Format: value<TAB>words (without soft hyphens, lowercased).",
  ]
  for value in values {
    guard let text = formatter.string(from: NSNumber(value: value)) else { continue }
    lines.append("\(value)\t\(text.replacingOccurrences(of: "\u{AD}", with: "").lowercased())")
  }
  try (lines.joined(separator: "\n") + "\n").write(
    toFile: "\(folder)/spellout/\(code).txt", atomically: true, encoding: .utf8)
  print("\(code): \(lines.count - 2) words")
}
