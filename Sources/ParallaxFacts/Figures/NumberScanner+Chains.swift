import ParallaxText

/// Digit groups and their separators: `1 000`, `1.234.567,89`, `1,000.5`, `٢٥٫٥`.
extension NumberScanner {
  /// Digit groups joined by separators, before interpretation.
  struct Chain {
    var groups: [String]
    var separators: [String]
    var end: Int
  }

  func chain(at index: Int) -> Chain {
    var chain = Chain(groups: [tokens[index].key], separators: [], end: index + 1)
    var cursor = index + 1
    while cursor < tokens.count {
      if tokens[cursor].kind == .punct, tokens[cursor].gap == 0, cursor + 1 < tokens.count,
        tokens[cursor + 1].kind == .digits, tokens[cursor + 1].gap == 0,
        tokens[cursor].punct == CharacterNames.fullStop
          || tokens[cursor].punct == CharacterNames.comma
          || tokens[cursor].punct == CharacterNames.arabicDecimalSeparator
          || tokens[cursor].punct == CharacterNames.arabicThousandsSeparator
          || tokens[cursor].punct == CharacterNames.arabicComma
      {
        chain.separators.append(
          tokens[cursor].punct == CharacterNames.arabicComma ? "," : tokens[cursor].key)
        chain.groups.append(tokens[cursor + 1].key)
        cursor += 2
      } else if tokens[cursor].kind == .digits, tokens[cursor].gap == 1,
        tokens[cursor].key.count == 3,
        !chain.separators.contains(where: { $0 != " " }), chain.groups[0].count <= 3,
        isSingleSpaceBefore(tokens[cursor])
      {
        chain.separators.append(" ")
        chain.groups.append(tokens[cursor].key)
        cursor += 1
      } else {
        break
      }
    }
    chain.end = cursor
    return chain
  }

  func isSingleSpaceBefore(_ token: FigureToken) -> Bool {
    token.start > 0 && FigureView.isSingleSpace(scalars[token.start - 1])
  }

  /// The value of the first `used` groups of a chain, or `nil` for a reference to skip.
  func interpret(_ chain: Chain) -> (ExactNumber, Int)? {
    var groups = chain.groups
    var separators = chain.separators
    while true {
      if let value = value(groups, separators) { return (value, groups.count) }
      if separators.filter({ $0 == "." }).count >= 2 { return nil }
      // "22,24,26,31": a list, not one number.
      if separators.filter({ $0 == "," }).count >= 2 {
        return ExactNumber(string: groups[0]).map { ($0, 1) }
      }
      guard groups.count > 1 else { return nil }
      groups.removeLast()
      separators.removeLast()
    }
  }

  func value(_ groups: [String], _ separators: [String]) -> ExactNumber? {
    guard !separators.isEmpty else { return ExactNumber(string: groups[0]) }
    var decimalIndex: Int?
    if let last = separators.last {
      let punctuation = separators.filter { $0 != " " }
      if last == "\u{66B}" {
        decimalIndex = separators.count - 1
      } else if last == "." || last == "," {
        let sameKind = punctuation.filter { $0 == last }.count
        if sameKind == 1 {
          if punctuation.count > 1 || last == language.decimalSeparator {
            decimalIndex = separators.count - 1
          } else if language.strictDecimal, last == ".", groups.count == 2,
            groups[1].count == 1, groups[0].count <= 3
          {
            // "5.2 büyüklüğünde": one digit after a dot is no time and no thousands group.
            decimalIndex = separators.count - 1
          } else if !language.strictDecimal,
            groups[groups.count - 1].count != 3 || groups[0].hasPrefix("0")
              || groups[0].count > 3
          {
            decimalIndex = separators.count - 1
          }
        }
      }
    }
    let groupCount = decimalIndex ?? separators.count
    var groupKind: String?
    for position in 0..<groupCount {
      let separator = separators[position]
      if let kind = groupKind, kind != separator, !(kind == " " || separator == " ") {
        return nil
      }
      groupKind = separator
      guard groups[position + 1].count == 3 else { return nil }
    }
    if groupCount > 0, groups[0].count > 3 || (groups[0].hasPrefix("0") && groups[0].count > 1) {
      return nil
    }
    let whole = groupCount == 0 ? groups[0] : groups[0...groupCount].joined()
    if let decimalIndex {
      return ExactNumber(string: whole + "." + groups[decimalIndex + 1])
    }
    return ExactNumber(string: whole)
  }
}
