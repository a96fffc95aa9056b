import Foundation

/// An anchor the facts stage found in a unit, added to the unit's words for comparable mode:
/// a figure by exact value (`2,5 milliards` = `2.5 billion` = `2.500 millones`, number words
/// included), a date by its day, an entity by its concept or transliteration.
public struct UnitAnchor: Sendable, Hashable {
  /// The key, one namespace per kind: `f2500000000`, `d2020-02-27`, `ehatay`.
  public var key: String
  /// How much it weighs relative to an ordinary word of the same rarity.
  public var multiplier: Double
  /// How it is shown as evidence (the surface in the text).
  public var surface: String

  /// Whether the anchor alone cannot link two units: a weekday, or a day told only by one
  /// (`w…`, and the report stage's `d…` of `Thursday`: unrelated reports of one day share
  /// them), a figure of one or two digits that counts
  /// nothing known (`f1`: "Book 1" is not "Chapter 1"). A figure with what it counts, a long
  /// figure and a name are content.
  public var isWeak: Bool

  /// Whether the anchor names who speaks rather than what is said: an entity inside an
  /// attribution's source or channel (`selon l'OSDH`, `the governor of Hatay said`). It
  /// weighs `ComparableOptions.speakerWeight` of its weight and never links two units alone.
  public var isSpeaker = false

  /// Creates an anchor; `weak` is read from the key when not given (dates, weekdays and
  /// figures of at most two digits are weak).
  public init(
    key: String, multiplier: Double, surface: String, weak: Bool? = nil, speaker: Bool = false
  ) {
    self.key = key
    self.multiplier = multiplier
    self.surface = surface
    isSpeaker = speaker
    switch key.first {
    case "d", "w": isWeak = weak ?? true
    case "f": isWeak = weak ?? (key.filter(\.isNumber).count <= 2)
    default: isWeak = weak ?? false
    }
  }
}

extension SideFeatures {
  /// The side with `anchors[unit]` appended to each unit's tokens, weighted by their rarity
  /// across the side's units as words are.
  func adding(_ anchors: [[UnitAnchor]], keys: inout AnchorKeys) -> SideFeatures {
    guard anchors.count == count, anchors.contains(where: { !$0.isEmpty }) else { return self }
    var unitsWith: [String: Int] = [:]
    for list in anchors {
      for key in Set(list.map(\.key)) { unitsWith[key, default: 0] += 1 }
    }
    var side = SideFeatures()
    side.unitLength = unitLength
    side.stems = stems
    side.stemUnits = stemUnits
    side.words = words
    var wordIDs: [String: Int32] = [:]
    let unitCount = Float(max(count, 1))
    for unit in 0..<count {
      for token in tokens(of: unit) {
        side.tokenWeight.append(tokenWeight[token])
        side.tokenUnit.append(Int32(unit))
        side.tokenStem.append(tokenStem[token])
        side.tokenWord.append(tokenWord[token])
        side.tokenWeak.append(token < tokenWeak.count ? tokenWeak[token] : false)
        side.tokenFunction.append(token < tokenFunction.count ? tokenFunction[token] : false)
        side.tokenOffset.append(token < tokenOffset.count ? tokenOffset[token] : -1)
        side.tokenSpeaker.append(token < tokenSpeaker.count ? tokenSpeaker[token] : false)
        for index in keyStart[token]..<keyStart[token + 1] {
          side.keys.append(self.keys[index])
          side.strengths.append(strengths[index])
        }
        side.keyStart.append(side.keys.count)
      }
      var seen = Set<String>()
      for anchor in anchors[unit] where seen.insert(anchor.key).inserted {
        let df = Float(unitsWith[anchor.key] ?? 1)
        side.tokenWeight.append(Float(anchor.multiplier) * logf(1 + unitCount / df))
        side.tokenUnit.append(Int32(unit))
        side.tokenStem.append(-1)
        let word: Int32
        if let known = wordIDs[anchor.surface] {
          word = known
        } else {
          word = Int32(side.words.count)
          wordIDs[anchor.surface] = word
          side.words.append(anchor.surface)
        }
        side.tokenWord.append(word)
        side.tokenWeak.append(anchor.isWeak)
        side.tokenFunction.append(false)
        side.tokenOffset.append(-1)
        side.tokenSpeaker.append(anchor.isSpeaker)
        side.keys.append(keys.id(anchor.key))
        side.strengths.append(1)
        side.keyStart.append(side.keys.count)
      }
      side.unitTokenStart.append(side.tokenWeight.count)
    }
    for unit in 0..<count {
      side.unitWeight.append(side.tokens(of: unit).reduce(0) { $0 + side.tokenWeight[$1] })
    }
    return side
  }
}
