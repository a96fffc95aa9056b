/// Composes number atoms left to right into one value (`trois cent vingt-deux mille`,
/// `dos mil millones`, `one hundred and three and two thirds`, `two point zero three`).
///
/// `accept` refuses an atom that cannot continue the number; the scanner keeps the longest
/// prefix for which `isComplete` held.
struct NumberComposer: Sendable {
  /// What callers read of a composer once a number is complete.
  struct Summary: Sendable {
    var hasScale: Bool
    var maxScale: ExactNumber
    var usedDigits: Bool
  }

  /// This composer's `Summary`.
  var summary: Summary { Summary(hasScale: hasScale, maxScale: maxScale, usedDigits: usedDigits) }

  private var groups: [(value: ExactNumber, scale: ExactNumber)] = []
  private var current: ExactNumber?
  private var currentFromDigits = false
  private var hasHundred = false
  private var lastValue: ExactNumber?
  private var lastRole: NumberAtom.Role?
  private var negative = false
  private var onlyArticle = false
  /// A numerator after a connector (`and two thirds`), not yet followed by its fraction.
  private var pending: [ExactNumber]?
  /// The kind of the last connector: 1 joins parts (`hundred and six`), 0 only introduces a
  /// fraction (`cent et trois quarts`), 2 a fraction or decimals (`siete con cincuenta`).
  private var connectorKind = 1
  /// A fraction word opened the number (`half a million`, `media docena`).
  private var fractionStart = false
  /// The last value joined after a connector and what it was added to, so that a fraction
  /// right after it reads as its numerator (`one hundred and three quarters`).
  private var lastJoin: (before: ExactNumber?, added: ExactNumber)?
  /// A fraction of the last scale (`a billion and a half`): its raw value and what was
  /// added, undone if another scale follows (`one billion and a half million`).
  private var scaledFraction: (raw: ExactNumber, added: ExactNumber)?
  /// Values after a decimal word (`point zero three`).
  private var decimals: [ExactNumber]?
  /// Values after `over` (`one over twenty`).
  private var divisor: [ExactNumber]?
  /// The division is a part of a whole (`out of`, value 1 in the data): the numerator must be
  /// smaller.
  private var partOfWhole = false
  /// A denominator that came first (`üçte bir`).
  private var denominatorFirst: ExactNumber?
  /// Set when an atom was refused because the number should end before its last "and".
  private(set) var splitBeforeJoin = false
  /// Whether any scale word was used.
  private(set) var hasScale = false
  /// The largest scale word used (1 when none).
  private(set) var maxScale = ExactNumber.one
  /// Whether only words were used.
  private(set) var usedDigits = false
  /// Whether any word was used.
  private(set) var usedWords = false
  /// Values join only after a connector (`FigureLanguage.joinsWithConnectorOnly`).
  var joinsWithConnectorOnly = false

  /// Whether the atoms so far make a whole number expression.
  var isComplete: Bool {
    guard !onlyArticle, !fractionStart else { return false }
    if let pending {
      return connectorKind == 2 && NumberComposer.digitsValue(pending) != nil
    }
    if let decimals { return !decimals.isEmpty && NumberComposer.digitsValue(decimals) != nil }
    if let divisor {
      // "one out of three", but "12 out of 10" is two numbers.
      guard let bottom = NumberComposer.compose(divisor) else { return false }
      let top = groups.reduce(ExactNumber.zero) { $0 + $1.value } + (current ?? .zero)
      return !partOfWhole || top < bottom
    }
    switch lastRole {
    case nil, .connector, .negative, .decimalPoint, .over, .article, .fractionOf: return false
    default: return current != nil || !groups.isEmpty
    }
  }

  /// The value so far (meaningful when `isComplete`).
  var value: ExactNumber {
    var total = groups.reduce(ExactNumber.zero) { $0 + $1.value } + (current ?? .zero)
    if let pending, connectorKind == 2, let fraction = NumberComposer.digitsValue(pending) {
      total = total + fraction
    }
    if let decimals, let fraction = NumberComposer.digitsValue(decimals) {
      total = total + fraction
    }
    if let divisor, let bottom = NumberComposer.compose(divisor), bottom != .zero {
      total = total / bottom
    }
    if let denominatorFirst { total = total / denominatorFirst }
    return negative ? -total : total
  }

  /// Adds one atom; `false` when it cannot continue this number.
  mutating func accept(_ atom: NumberAtom, fromDigits: Bool) -> Bool {
    if fromDigits { usedDigits = true } else { usedWords = true }
    let wasConnector = lastRole == .connector
    let before = current
    let accepted = take(atom, fromDigits: fromDigits)
    if accepted {
      if atom.role == .value, wasConnector, pending == nil {
        lastJoin = (before, atom.value)
      } else if atom.role != .fraction {
        lastJoin = nil
      }
      lastRole = atom.role
    }
    return accepted
  }

  private mutating func take(_ atom: NumberAtom, fromDigits: Bool) -> Bool {
    let value = atom.value
    if let digits = decimals {
      guard !fromDigits else { return false }
      // "üç virgül beş milyar": a scale after decimal words scales the whole decimal.
      if atom.role == .scale, value > ExactNumber(1000), groups.isEmpty, let whole = current,
        let fraction = NumberComposer.digitsValue(digits)
      {
        current = whole + fraction
        decimals = nil
        return takeScale(value)
      }
      if atom.role == .scale, value == ExactNumber(1000) {
        return appendDigits(&decimals, ExactNumber(-1000))
      }
      guard atom.role == .value else { return false }
      return appendDigits(&decimals, value)
    }
    if divisor != nil {
      guard atom.role == .value || atom.role == .hundred || atom.role == .connector
      else { return false }
      if atom.role == .connector { return !(divisor?.isEmpty ?? true) }
      var next = divisor ?? []
      next.append(atom.role == .hundred ? ExactNumber(-100) : value)
      guard NumberComposer.compose(next) != nil else { return false }
      divisor = next
      return true
    }
    switch atom.role {
    case .fractionOf:
      guard value != .zero, denominatorFirst == nil, pending == nil, !onlyArticle || current == nil
      else { return false }
      if lastRole == .value || lastRole == .hundred {
        // "yirmi beşte üç": the words before the locative are part of the denominator.
        guard let currentValue = current,
          NumberComposer.fits(value, after: currentValue)
            || (currentValue >= ExactNumber(100) && value < ExactNumber(100))
        else { return false }
        denominatorFirst = groups.reduce(currentValue) { $0 + $1.value } + value
        groups = []
        current = nil
        hasHundred = false
        return true
      }
      guard lastRole == nil else { return false }
      denominatorFirst = value
      return true
    case .negative:
      guard lastRole == nil else { return false }
      negative = true
      return true
    case .article:
      if fractionStart, lastRole == .fraction { return true }
      if lastRole == nil {
        current = .one
        lastValue = .one
        onlyArticle = true
        return true
      }
      guard lastRole == .connector, pending == nil else { return false }
      pending = [.one]
      return true
    case .connector:
      // "twenty and three and three fifths": a part waiting after "and" joins when another
      // "and" follows.
      if let waiting = pending, connectorKind <= 1, let part = NumberComposer.compose(waiting),
        let currentValue = current, NumberComposer.fits(part, after: currentValue)
      {
        current = currentValue + part
        pending = nil
      }
      guard let lastRole, lastRole != .connector, lastRole != .negative, !onlyArticle,
        pending == nil, !fractionStart
      else { return false }
      connectorKind = NumberComposer.intValue(value) ?? 1
      // Kind 4 ("of a") only joins a fraction to a scale: two thirds of a million.
      return connectorKind != 4 || lastRole == .fraction
    case .decimalPoint:
      guard current != nil, !onlyArticle, pending == nil, lastRole != .connector else {
        return false
      }
      decimals = []
      return true
    case .over:
      guard current != nil || !groups.isEmpty, !onlyArticle, pending == nil else { return false }
      divisor = []
      partOfWhole = value == .one
      return true
    case .value:
      return takeValue(value, fromDigits: fromDigits)
    case .hundred:
      if pending != nil { return appendPending(ExactNumber(-100)) }
      if let currentValue = current {
        guard !hasHundred, onlyArticle || currentFromDigits || currentValue < ExactNumber(100)
        else {
          // "3 hundred and 2 hundred": two numbers, split before the "and".
          if hasHundred, lastJoin != nil, lastRole == .value { splitBeforeJoin = true }
          return false
        }
        current = currentValue * value
      } else {
        current = value
      }
      onlyArticle = false
      hasHundred = true
      lastValue = current
      return true
    case .scale:
      guard pending == nil else { return false }
      return takeScale(value)
    case .multiplier:
      if lastRole == nil {
        // "дюжина яиц", "دزينة": a lone dozen.
        current = value
        lastValue = value
        return true
      }
      guard pending == nil, let currentValue = current, let last = lastValue,
        lastRole != .connector
      else { return false }
      fractionStart = false
      current = currentValue + last * value + (-last)
      onlyArticle = false
      lastValue = nil
      return true
    case .fraction:
      return takeFraction(value)
    }
  }

  private mutating func takeValue(_ value: ExactNumber, fromDigits: Bool) -> Bool {
    if pending != nil {
      guard !fromDigits || pending?.isEmpty == true else { return false }
      return appendPending(value)
    }
    guard let currentValue = current else {
      // "bin buçuk", "тысяча с половиной": a half after a scale word is half of it.
      if let scale = groups.last?.scale, lastRole == .scale, !fromDigits, .zero < value,
        value < .one
      {
        current = value * scale
        lastValue = current
        hasHundred = true
        return true
      }
      if let scale = groups.last?.scale {
        guard value < scale, lastRole == .scale || lastRole == .connector else { return false }
        if lastRole == .connector, connectorKind != 1, connectorKind != 3 {
          pending = [value]
          return true
        }
      } else if lastRole != nil && lastRole != .negative && lastRole != .fractionOf {
        return false
      } else if !fromDigits, let scale = NumberComposer.wordScale(of: value) {
        // "مليونين ومائتي ألف" (2,200,000): a word of millions is a group of its own, so
        // that a smaller scale after it scales only what follows.
        groups.append((value, scale))
        return true
      }
      current = value
      currentFromDigits = fromDigits
      lastValue = value
      return true
    }
    if lastRole == .connector, connectorKind == 4 { return false }
    if lastRole == .connector {
      // "vingt et un" is in the tables; after a connector, a smaller part or a numerator.
      if connectorKind == 3, !fromDigits, !currentFromDigits, let last = lastValue, last > .zero,
        last < ExactNumber(10),
        value.isWhole, value >= ExactNumber(20), value < ExactNumber(100),
        (value / ExactNumber(10)).isWhole,
        currentValue == last || NumberComposer.fits(value, after: currentValue + (-last))
      {
        // Arabic "اثنين وعشرين": the unit before the tens.
        current = currentValue + value
        lastValue = value
        return true
      }
      if connectorKind == 1 || connectorKind == 3, NumberComposer.fits(value, after: currentValue),
        hasHundred || currentValue >= ExactNumber(100)
      {
        current = currentValue + value
        lastValue = value
        return true
      }
      pending = [value]
      return true
    }
    if onlyArticle { return false }
    if value < .one, value > .zero, currentValue.isWhole, !fromDigits {
      // Turkish "iki buçuk": and a half.
      current = currentValue + value
      lastValue = value
      return true
    }
    // "4 bin 3 yüz 21": digits after a hundred word.
    if fromDigits, lastRole == .hundred, NumberComposer.fits(value, after: currentValue) {
      current = currentValue + value
      lastValue = value
      return true
    }
    guard !fromDigits, !currentFromDigits, !joinsWithConnectorOnly,
      NumberComposer.fits(value, after: currentValue)
    else { return false }
    current = currentValue + value
    lastValue = value
    return true
  }

  private mutating func takeScale(_ scale: ExactNumber) -> Bool {
    if lastRole == .connector, connectorKind != 4 { return false }
    var popped = ExactNumber.zero
    var poppedAny = false
    while let last = groups.last, last.scale < scale {
      popped = popped + last.value
      poppedAny = true
      groups.removeLast()
    }
    if let last = groups.last, last.scale == scale {
      // "مليون ونصف مليون", "a million and a half million": the half was of this scale already.
      guard let scaled = scaledFraction, current == scaled.added, lastRole == .fraction else {
        return false
      }
      scaledFraction = nil
      lastValue = nil
      return true
    }
    fractionStart = false
    if let scaled = scaledFraction, let value = current, scale < (groups.last?.scale ?? scale) {
      current = value + (-scaled.added) + scaled.raw
    }
    scaledFraction = nil
    let base: ExactNumber
    if let current {
      base = popped + current
    } else if poppedAny {
      base = popped
    } else if groups.isEmpty {
      base = .one
    } else {
      return false
    }
    groups.append((base * scale, scale))
    current = nil
    currentFromDigits = false
    hasHundred = false
    onlyArticle = false
    lastValue = nil
    hasScale = true
    if maxScale < scale { maxScale = scale }
    return true
  }

  private mutating func takeFraction(_ denominator: ExactNumber) -> Bool {
    let lastScale = groups.last?.scale ?? .one
    if lastRole == nil {
      // "half a million", "media docena": a fraction of what follows.
      current = .one / denominator
      lastValue = current
      fractionStart = true
      return true
    }
    if lastRole == .value, let join = lastJoin, pending == nil,
      join.added < ExactNumber(10) || NumberComposer.isPowerOfTen(denominator)
    {
      // "one hundred and three quarters", "two million and one half": the joined value is
      // the numerator.
      current = join.before
      pending = [join.added]
      lastJoin = nil
    }
    if lastRole == .connector, pending == nil {
      // "et demi", "y medio", "and a half": half of the last scale or unit.
      let part = current == nil ? lastScale : .one
      if current == nil { scaledFraction = (.one / denominator, lastScale / denominator) }
      current = (current ?? .zero) + part / denominator
    } else if let numerators = pending {
      guard let top = NumberComposer.compose(numerators) else { return false }
      let part = current == nil ? lastScale : .one
      if current == nil { scaledFraction = (top / denominator, top * lastScale / denominator) }
      current = (current ?? .zero) + top * part / denominator
      pending = nil
    } else if let currentValue = current, lastRole != .fraction {
      if groups.isEmpty {
        current = currentValue / denominator
      } else {
        let total = groups.reduce(ExactNumber.zero) { $0 + $1.value } + currentValue
        groups = []
        current = total / denominator
      }
    } else if current == nil, !groups.isEmpty, lastRole == .scale {
      let total = groups.reduce(ExactNumber.zero) { $0 + $1.value }
      groups = []
      current = total / denominator
    } else {
      return false
    }
    onlyArticle = false
    hasHundred = true
    lastValue = current
    return true
  }

  private mutating func appendPending(_ value: ExactNumber) -> Bool {
    var next = pending ?? []
    next.append(value)
    guard NumberComposer.compose(next) != nil else { return false }
    pending = next
    return true
  }

  private func appendDigits(_ list: inout [ExactNumber]?, _ value: ExactNumber) -> Bool {
    var next = list ?? []
    next.append(value)
    guard NumberComposer.digitsValue(next) != nil else { return false }
    list = next
    return true
  }

}
