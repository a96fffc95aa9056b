import ParallaxCorpus
import ParallaxText

/// Known names (glossary, gazetteer) as entities: the name with its clitic taken off and its
/// title, and the known names inside a longer one.
extension EntityScan {
  mutating func emitKnown(
    _ known: (end: Int, name: KnownName, clitic: Int), at index: Int, title: Range<Int>?
  ) {
    var range = paragraph.textRange(index..<known.end)
    var text = paragraph.text(index..<known.end)
    if known.clitic > 0 {
      let skipped =
        Self.skip(letters: known.clitic, in: paragraph.folded.text(index), range) - range.start
      range.start += skipped
      let token = tokens[index]
      let bytes = String(paragraph.folded.text(index).unicodeScalars.prefix(skipped)).utf8.count
      let first = token.utf8Range.lowerBound + bytes
      let last = tokens[known.end - 1].utf8Range.upperBound
      text = String(decoding: paragraph.folded.utf8[first..<last], as: UTF8.self)
    }
    var entity = Entity(
      range: range, text: text, kind: known.name.kind,
      key: EntityKey(name: text, concept: known.name.concept), evidence: known.name.evidence)
    if let title {
      entity.title = paragraph.text(title)
      entity.titleRange = paragraph.textRange(title)
    }
    if tokens[index].isAllCaps, known.end == index + 1 {
      entity.acronym = paragraph.folded.text(index)
    }
    result.append(entity)
  }

  /// Known names inside a longer known one, each an entity too: the place of `gouverneur de
  /// Hatay`, the person of `les forces de Bachar al-Assad`; not another name of the same
  /// concept, nor a person inside a person (the surname of a full name, which a gazetteer
  /// may list under a concept of its own). At the outer name's first word only a person is
  /// looked for (Turkish `Esad rejimi güçleri`, the forces of Assad).
  mutating func emitInnerKnown(
    from start: Int, to stop: Int, outer: String?, outerKind: EntityKind
  ) {
    var inner = start
    while inner < stop {
      if tokens[inner].kind == .word, paragraph.has(inner, TokenBits.name),
        let known = names.match(
          tokens, keys, at: inner, limit: inner == start ? stop - 1 : stop),
        known.end <= stop, known.name.concept != outer,
        !(known.name.kind == .person && outerKind == .person),
        inner > start || known.name.kind == .person
      {
        emitKnown(known, at: inner, title: nil)
        inner = known.end
      } else {
        inner += 1
      }
    }
  }

  /// The start of `range` moved past `letters` letters of `token` (and their marks).
  static func skip(letters: Int, in token: String, _ range: TextRange) -> Int {
    var offset = 0
    var seen = 0
    let scalars = Array(token.unicodeScalars)
    while offset < scalars.count, seen < letters {
      offset += 1
      seen += 1
      while offset < scalars.count, scalars[offset].properties.generalCategory == .nonspacingMark {
        offset += 1
      }
    }
    return range.start + offset
  }
}
