import Foundation
import ParallaxText

/// Building a language from its data: number words and their forms, variants, phrases and
/// the prefixes that let the scanner skip words that start nothing.
extension FigureLanguage {
  mutating func build(_ lexicon: FigureLexicon) {
    var variants: [(String, String)] = []
    for form in lexicon.forms("variant") {
      let parts = form.components(separatedBy: ">")
      if parts.count == 2 { variants.append((parts[0], parts[1])) }
    }
    let foldAccents = lexicon.forms("foldAccents").contains("yes")
    let compound = lexicon.forms("compound").contains("yes")
    for (value, words) in FigureLanguage.spellOut(code: code, compound: compound) {
      for phrase in words {
        addPhrase(
          phrase, NumberAtom(role: .value, value: ExactNumber(value)), variants, foldAccents)
      }
    }
    let roles: [(String, NumberAtom.Role)] = [
      ("word", .value), ("indefinite", .article), ("hundred", .hundred), ("scale", .scale),
      ("multiplier", .multiplier), ("fraction", .fraction), ("fractionOf", .fractionOf),
      ("connector", .connector),
      ("point", .decimalPoint), ("over", .over), ("negative", .negative),
    ]
    for (key, role) in roles {
      for entry in lexicon.entries(key) {
        var value = ExactNumber.one
        if let parsed = ExactNumber(string: entry.argument) {
          value = parsed
        } else if role == .hundred {
          value = ExactNumber(100)
        }
        for form in entry.forms {
          addPhrase(form, NumberAtom(role: role, value: value), variants, foldAccents)
        }
      }
    }
    for entry in lexicon.entries("vagueCounted") {
      let value = ExactNumber(string: entry.argument) ?? .one
      for form in entry.forms {
        let key = tokenKeys(form).joined()
        countedVague[FigureView.hash(key), key: key] = value
      }
    }
    for key in ["vague", "approximate"] {
      for entry in lexicon.entries(key) {
        let value = ExactNumber(string: entry.argument) ?? .one
        for form in entry.forms {
          let keys = tokenKeys(form)
          vague[keys.joined(separator: " ")] = value
          if key == "approximate" { approximate.insert(keys.joined(separator: " ")) }
          addPrefixes(keys)
        }
      }
    }
    for key in phrases.keys {
      let first = FigureLanguage.firstKey(key)
      startWords[FigureView.hash(first), key: first] = true
    }
    for key in vague.keys {
      let first = FigureLanguage.firstKey(key)
      startWords[FigureView.hash(first), key: first] = true
    }
    for (key, atom) in phrases { phraseHashes[FigureLanguage.sequenceHash(key), key: key] = atom }
    for (key, value) in vague { vagueHashes[FigureLanguage.sequenceHash(key), key: key] = value }
    for prefix in phrasePrefixes {
      prefixHashes[FigureLanguage.sequenceHash(prefix), key: prefix] = true
    }
    var continuationAtoms: [(String, NumberAtom)] = []
    for (key, role) in [
      ("hundredAfterNumber", NumberAtom.Role.hundred), ("wordAfterNumber", .value),
    ] {
      for entry in lexicon.entries(key) {
        let value = ExactNumber(string: entry.argument) ?? ExactNumber(100)
        for form in entry.forms {
          let key = tokenKeys(form).joined()
          continuations[FigureView.hash(key), key: key] = NumberAtom(role: role, value: value)
          continuationAtoms.append((key, NumberAtom(role: role, value: value)))
        }
      }
    }
    if compound {
      var trie = ScalarTrie()
      // A written-together number may end with a continuation (beşyüzden): a split needs two
      // parts, so such a form alone is never a number.
      for (key, atom) in phrases.map({ ($0.key, $0.value) }) + continuationAtoms
      where !key.utf8.contains(UInt8(ascii: " ")) {
        compoundAtoms.append(atom)
        trie.insert(key, value: Int32(compoundAtoms.count - 1))
      }
      compoundTrie = trie
    }
    decimalSeparator = lexicon.forms("decimal").first ?? FigureLanguage.icuDecimalSeparator(code)
    let marks = view.tokens(of: decimalSeparator)
    decimalSeparatorPunct =
      marks.count == 1 && marks[0].kind == .punct && marks[0].key == decimalSeparator
      ? marks[0].punct : 0
    strictDecimal = lexicon.forms("strictDecimal").contains("yes")
    fractionOfSuffixes = Set(lexicon.forms("fractionOfSuffix").map { tokenKeys($0).joined() })
    articles = TokenKeySet(
      lexicon.forms("articleNumber").map { tokenKeys($0).joined(separator: " ") })
    pronounBefore = TokenKeySet(lexicon.forms("pronounBefore").map { $0.lowercased() })
    negativeVoid = Set(lexicon.forms("negativeVoid").map { tokenKeys($0).joined() })
    notCounted = Set(
      lexicon.forms("notCounted").map { tokenKeys($0).joined() })
    percentAfter = lexicon.forms("percent").map(view.keys)
    percentBefore = lexicon.forms("percentBefore").map(view.keys)
    for entry in lexicon.entries("currency") {
      for form in entry.forms {
        if form.hasSuffix("*"), !form.contains(" ") {
          let prefix = tokenKeys(String(form.dropLast())).joined()
          currencies.append(CurrencyForm(keys: [], code: entry.argument, prefix: prefix))
        } else {
          currencies.append(CurrencyForm(keys: view.keys(of: form), code: entry.argument))
        }
      }
    }
    currencies.sort {
      ($0.prefix == nil ? $0.keys.count : 0) > ($1.prefix == nil ? $1.keys.count : 0)
    }
    for (index, form) in currencies.enumerated() {
      if form.prefix != nil {
        currencyPrefixForms.append(index)
      } else if let first = form.keys.first, let last = form.keys.last {
        currenciesByFirst[first.hash, key: first.key] =
          (currenciesByFirst[first.hash, key: first.key] ?? []) + [index]
        currenciesByLast[last.hash, key: last.key] =
          (currenciesByLast[last.hash, key: last.key] ?? []) + [index]
      }
    }
    for entry in lexicon.entries("suffix") {
      guard let value = ExactNumber(string: entry.argument) else { continue }
      for form in entry.forms {
        if form.hasPrefix("~") {
          let bare = String(form.dropFirst())
          suffixes[bare] = value
          spacedSuffixes.insert(bare)
        } else {
          suffixes[form] = value
        }
      }
    }
    for entry in lexicon.entries("currencySuffix") {
      guard let value = ExactNumber(string: entry.argument) else { continue }
      for form in entry.forms { currencySuffixes[form] = value }
    }
    loadTemplates(lexicon)
    context = NumberContext(lexicon, view: view)
    guards = NumberGuards(lexicon, view: view)
    for form in lexicon.entries("qualifiedWord").flatMap(\.forms) {
      let key = tokenKeys(form).joined()
      startWords[FigureView.hash(key), key: key] = true
    }
    dateJoiners = Set(lexicon.forms("dateJoiner").map { tokenKeys($0).joined() })
    dateRangeJoiners = Set(
      lexicon.forms("dateRange").map { tokenKeys($0).joined() })
    partitives = TokenKeySet(lexicon.forms("partitive").map { tokenKeys($0).joined() })
    ordinalWords = CueSet(lexicon.forms("ordinalWord"), view: view)
    cumulativeCues = CueSet(lexicon.forms("cumulativeCue"), view: view)
    conjunctionPrefixes = lexicon.forms("conjunctionPrefix").map { tokenKeys($0).joined() }
    numberClitics = lexicon.forms("numberClitic").map { tokenKeys($0).joined() }
    for entry in lexicon.entries("definiteNumber") {
      guard let value = ExactNumber(string: entry.argument) else { continue }
      for form in entry.forms {
        let key = tokenKeys(form).joined()
        definiteNumbers[FigureView.hash(key), key: key] = value
        startWords[FigureView.hash(key), key: key] = true
      }
    }
    joinsWithConnectorOnly = lexicon.forms("joinWithConnector").contains("yes")
    for entry in lexicon.entries("standaloneFraction") {
      guard let denominator = ExactNumber(string: entry.argument) else { continue }
      for form in entry.forms {
        let key = tokenKeys(form).joined()
        standaloneFractions[FigureView.hash(key), key: key] = .one / denominator
        startWords[FigureView.hash(key), key: key] = true
      }
    }
    prefixClitics = Set(lexicon.forms("prefixClitic").map { tokenKeys($0).joined() })
    ordinalSuffixes = Set(lexicon.forms("ordinalSuffix").map { tokenKeys($0).joined() })
    decadeSuffixes = Set(lexicon.forms("decadeSuffix").map { tokenKeys($0).joined() })
    caseSuffixes = Set(lexicon.forms("caseSuffix").map { tokenKeys($0).joined() })
    months = TokenKeySet(FigureLanguage.monthNames(code: code))
    for form in lexicon.forms("month") {
      months.insert(tokenKeys(form).joined())
    }
    denied = CueSet(lexicon.forms("denied"), view: view)
    hedged = CueSet(lexicon.forms("hedged"), view: view)
    deniedAfter = CueSet(lexicon.forms("deniedAfter"), view: view)
    deniedBefore = CueSet(lexicon.forms("deniedBefore"), view: view)
    earlier = CueSet(lexicon.forms("earlier"), view: view)
    earlierOpening = CueSet(lexicon.forms("earlierOpening"), view: view)
    earlierPluperfect = CueSet(lexicon.forms("earlierPluperfect"), view: view)
    pluperfect = CueSet(lexicon.forms("pluperfect"), view: view)
    cumulativeClause = CueSet(lexicon.forms("cumulativeClause"), view: view)
    hedgedUnreported = CueSet(lexicon.forms("hedgedUnreported"), view: view)
    reportVerbs = CueSet(lexicon.forms("reportVerb"), view: view)
    for form in lexicon.forms("ordinalFraction") {
      let key = tokenKeys(form).joined()
      ordinalFractions[FigureView.hash(key), key: key] = true
      let folded = key.folding(options: .diacriticInsensitive, locale: nil)
      ordinalFractions[FigureView.hash(folded), key: folded] = true
    }
    for form in lexicon.forms("durationUnit") {
      let key = tokenKeys(form).joined()
      durationUnits[FigureView.hash(key), key: key] = true
    }
    for form in lexicon.forms("durationAdjective") {
      let key = tokenKeys(form).joined()
      durationAdjectives[FigureView.hash(key), key: key] = true
    }
    for form in lexicon.forms("durationUnitBefore") {
      let key = tokenKeys(form).joined()
      durationUnitsBefore[FigureView.hash(key), key: key] = true
    }
    for form in lexicon.forms("hyphenUnit") {
      let key = tokenKeys(form).joined()
      hyphenUnits[FigureView.hash(key), key: key] = true
    }
    notFigureAfter = Set(
      lexicon.forms("notFigureAfter").map { tokenKeys($0).filter { $0 != "." }.joined() })
    notFigureAfterLongest = notFigureAfter.map(\.utf8.count).max() ?? 0
    notFigureBefore = Set(
      lexicon.forms("notFigureBefore").map { tokenKeys($0).filter { $0 != "." }.joined() })
    for key in dateJoiners { dateJoinerHashes[FigureView.hash(key), key: key] = true }
    for key in notFigureBefore { notFigureBeforeHashes[FigureView.hash(key), key: key] = true }
    for key in notFigureAfter { notFigureAfterHashes[FigureView.hash(key), key: key] = true }
  }

  /// The token keys of a phrase from the data.
  func tokenKeys(_ phrase: String) -> [String] {
    view.tokens(of: phrase).map(\.key)
  }

  mutating func addPhrase(
    _ phrase: String, _ atom: NumberAtom, _ variants: [(String, String)], _ foldAccents: Bool
  ) {
    var forms: Set<String> = [FigureLanguage.withoutSoftHyphens(phrase)]
    if foldAccents {
      // An ASCII form has no accent to fold (most spell-outs): no Foundation call for it.
      for form in forms where !form.utf8.allSatisfy({ $0 < 0x80 }) {
        forms.insert(form.folding(options: .diacriticInsensitive, locale: nil))
      }
    }
    for (from, to) in variants {
      for form in forms {
        if let replaced = FigureLanguage.replacing(from, with: to, in: form) {
          forms.insert(replaced)
        }
      }
    }
    for form in forms {
      let keys = tokenKeys(form).filter { $0 != "-" }
      guard !keys.isEmpty else { continue }
      phrases[keys.joined(separator: " ")] = atom
      addPrefixes(keys)
    }
  }

  mutating func addPrefixes(_ keys: [String]) {
    maxPhraseTokens = max(maxPhraseTokens, keys.count)
    guard keys.count > 1 else { return }
    for length in 1..<keys.count {
      phrasePrefixes.insert(keys[0..<length].joined(separator: " "))
    }
  }
}
