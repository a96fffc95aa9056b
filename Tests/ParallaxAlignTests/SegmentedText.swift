import Foundation
import ParallaxAlign

/// A test text of one unit per line, each line `segments<TAB>text`: the gold alignment of two
/// versions follows from the segment numbers they share.
struct SegmentedText {
  var language: String
  var units: [String]
  var segments: [Set<Int>]

  init(language: String, text: String) {
    self.language = language
    units = []
    segments = []
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "\t", maxSplits: 1)
      guard parts.count == 2 else { continue }
      segments.append(Set(parts[0].split(separator: ",").compactMap { Int($0) }))
      units.append(String(parts[1]))
    }
  }

  /// The fixture `flood/<language>.txt`.
  static func flood(_ language: String) throws -> SegmentedText {
    guard
      let url = Bundle.module.url(
        forResource: language, withExtension: "txt", subdirectory: "Fixtures/flood")
    else { throw CocoaError(.fileNoSuchFile) }
    return SegmentedText(language: language, text: try String(contentsOf: url, encoding: .utf8))
  }

  var side: AlignmentSide { AlignmentSide(units: units, language: language, name: language) }

  /// The gold groups of `self` against `other`: connected units sharing a segment, and units
  /// with no shared segment alone.
  func gold(against other: SegmentedText) -> [BeadScore.Group] {
    var groups: [BeadScore.Group] = []
    var usedSource = Set<Int>()
    var usedTarget = Set<Int>()
    for start in units.indices where !usedSource.contains(start) {
      var sources: Set<Int> = [start]
      var targets = Set<Int>()
      var changed = true
      while changed {
        changed = false
        for s in sources {
          for t in other.units.indices
          where !targets.contains(t)
            && !segments[s].isDisjoint(with: other.segments[t])
          {
            targets.insert(t)
            changed = true
          }
        }
        for t in targets {
          for s in units.indices
          where !sources.contains(s)
            && !segments[s].isDisjoint(with: other.segments[t])
          {
            sources.insert(s)
            changed = true
          }
        }
      }
      usedSource.formUnion(sources)
      usedTarget.formUnion(targets)
      groups.append((sources.sorted(), targets.sorted()))
    }
    for t in other.units.indices where !usedTarget.contains(t) { groups.append(([], [t])) }
    return groups
  }
}
