extension FigureAnalyzer {
  /// `mentions` with the vague amounts that need a counted noun and its event right after
  /// them (`other soldiers wounded`, `autres soldats blessés`), in token order.
  func withCountedVague(_ mentions: [NumberMention]) -> [NumberMention] {
    guard language.countedVague.count > 0 else { return mentions }
    var added: [NumberMention] = []
    var next = 0
    for index in tokens.indices where tokens[index].kind == .word {
      guard let value = language.countedVague.value(tokens[index].hash, tokens, index) else {
        continue
      }
      while next < mentions.count, mentions[next].endToken <= index { next += 1 }
      if next < mentions.count, mentions[next].firstToken <= index { continue }
      guard index + 1 < tokens.count, tokens[index + 1].kind == .word,
        concepts(index + 1).contains(where: { $0.part == "counted" }),
        hasEvent(after: index + 1)
      else { continue }
      var mention = NumberMention(
        firstToken: index, endToken: index + 1, suffixEnd: index + 1, value: value, form: .words)
      mention.isVague = true
      added.append(mention)
    }
    guard !added.isEmpty else { return mentions }
    return (mentions + added).sorted { $0.firstToken < $1.firstToken }
  }

  /// Whether an event word (`wounded`, `blessés`) is among the three words after `index`.
  private func hasEvent(after index: Int) -> Bool {
    var cursor = index + 1
    var words = 0
    while cursor < tokens.count, words < 3, tokens[cursor].kind == .word {
      if concepts(cursor).contains(where: { $0.part == "event" }) { return true }
      words += 1
      cursor += 1
    }
    return false
  }
}
