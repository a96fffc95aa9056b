import Foundation

/// A README fact line (`StoryReadme.FactLine`) read into what FactExtractor must find.
///
/// Notation (Corpus/idleb-2020-02/README.md, "Notation"):
/// - `figure: ¶P "SURFACE" → Q VALUE [UNIT] [(note)] · MEASURE · source: ID ["surface"]
///   [· status: S]`, Q one of `=` `≥` `>` `~` `≤` `<` `vague` `change A → B [→ C]`;
///   MEASURE a letter of the story's legend (`K`, `V`) or `EVENT × COUNTED × AFFILIATION`;
/// - `date: ¶P "SURFACE" → ISO[, ISO] [(note)]`;
/// - `entity: ¶P TYPE ID "SURFACE"`;
/// - `attribution: ¶P [source ID|none] ["SOURCE"] · cue "CUE" [· channel ID "SURFACE"]
///   [· quote "…"]` (a `¶P channel ID "…"` fact adds a channel to the attribution before it);
/// - `not-a-figure: ¶P "SURFACE" [and "SURFACE"…] (reason)`.
enum CorpusFactExpectation: Sendable {
  case figure(FigureSpec)
  case date(surface: String, isos: [String])
  case entity(kind: String, id: String, surface: String)
  case attribution(AttributionSpec)
  case notAFigure(surfaces: [String])

  /// What a figure line claims.
  struct FigureSpec: Sendable {
    var surface: String
    /// `=`, `≥`, `>`, `~`, `≤`, `<`, `vague` or `change`.
    var qualifier: String
    /// The value (the last value of a change); nil for vague.
    var value: Decimal?
    /// The earlier value of a change.
    var changedFrom: Decimal?
    /// Every value of a change, in order (`change (≥ 22) → 29 → 33` → 22, 29, 33).
    var chain: [Decimal] = []
    /// `EUR`, `USD`, `%`, `GW`, … (`EUR/year` → `EUR`).
    var unit: String?
    /// event, counted, affiliation as the README's legend spells them (lowercased).
    var measure: [String?]
    /// Glossary ids of the source (`hatay-governor+rahmi-dogan` → two), `["none"]` for the
    /// outlet's voice, empty when the line names none.
    var sourceIDs: [String]
    /// The source as quoted right after its id, when it is in the paragraph.
    var sourceSurface: String?
  }

  /// What an attribution line claims.
  struct AttributionSpec: Sendable {
    var sourceIDs: [String]
    var sourceSurface: String?
    var cue: String?
    var channelSurface: String?
    var quote: String?
  }

  /// The expectations of the fact lines of one report, with channel lines merged into the
  /// attribution before them. `legend` maps measure letters to their parts.
  static func read(_ facts: [StoryReadme.FactLine], legend: [String: [String?]])
    -> [(StoryReadme.FactLine, CorpusFactExpectation)]
  {
    var out: [(StoryReadme.FactLine, CorpusFactExpectation)] = []
    for fact in facts {
      switch fact.kind {
      case "figure":
        if let spec = figure(fact, legend: legend) { out.append((fact, .figure(spec))) }
      case "date":
        let isos = (fact.body.components(separatedBy: "→").dropFirst().first ?? "")
          .components(separatedBy: " (")[0].components(separatedBy: ",")
          .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let surface = fact.quotes.first, !isos.isEmpty {
          out.append((fact, .date(surface: surface, isos: isos)))
        }
      case "entity":
        let words = fact.body.split(separator: " ").map(String.init)
        if words.count >= 3, let surface = fact.quotes.first {
          out.append((fact, .entity(kind: words[0], id: words[1], surface: surface)))
        }
      case "attribution":
        let spec = attribution(fact.body)
        if fact.body.hasPrefix("channel"), let last = out.indices.last,
          case .attribution(var previous) = out[last].1,
          out[last].0.paragraph == fact.paragraph
        {
          previous.channelSurface = spec.channelSurface
          out[last].1 = .attribution(previous)
        } else {
          out.append((fact, .attribution(spec)))
        }
      case "not-a-figure":
        let head = outsideParentheses(fact.body)
        let surfaces = StoryReadme.quoted(Substring(head))
        if !surfaces.isEmpty { out.append((fact, .notAFigure(surfaces: surfaces))) }
      default: continue
      }
    }
    return out
  }

  /// The body up to its first `(` outside quotes.
  static func outsideParentheses(_ body: String) -> String {
    var inQuote = false
    for index in body.indices {
      if body[index] == "\"" { inQuote.toggle() }
      if body[index] == "(", !inQuote { return String(body[..<index]) }
    }
    return body
  }

  /// Splits at ` · ` outside quotes.
  static func parts(_ body: String) -> [String] {
    var out: [String] = []
    var current = ""
    var inQuote = false
    var index = body.startIndex
    while index < body.endIndex {
      let character = body[index]
      if character == "\"" { inQuote.toggle() }
      if !inQuote, body[index...].hasPrefix(" · ") {
        out.append(current)
        current = ""
        index = body.index(index, offsetBy: 3)
        continue
      }
      current.append(character)
      index = body.index(after: index)
    }
    out.append(current)
    return out.map { $0.trimmingCharacters(in: .whitespaces) }
  }

  static func figure(_ fact: StoryReadme.FactLine, legend: [String: [String?]]) -> FigureSpec? {
    guard let surface = fact.quotes.first else { return nil }
    let pieces = parts(fact.body)
    guard let arrow = pieces[0].range(of: "→") else { return nil }
    var claim = pieces[0][arrow.upperBound...].trimmingCharacters(in: .whitespaces)
    var spec = FigureSpec(
      surface: surface, qualifier: "", measure: [nil, nil, nil], sourceIDs: [])
    if claim.hasPrefix("change") {
      spec.qualifier = "change"
      let values = claim.components(separatedBy: "→").map { step in
        Decimal(string: step.filter { $0.isNumber || $0 == "." })
      }
      spec.chain = values.compactMap { $0 }
      spec.value = values.last ?? nil
      spec.changedFrom = values.count >= 2 ? values[values.count - 2] : nil
    } else if claim.hasPrefix("vague") {
      spec.qualifier = "vague"
    } else {
      let words = claim.split(separator: " ").map(String.init)
      guard words.count >= 2 else { return nil }
      spec.qualifier = words[0]
      spec.value = Decimal(string: words[1])
      if words.count > 2, !words[2].hasPrefix("(") {
        let unit = words[2].trimmingCharacters(in: CharacterSet(charactersIn: ".,;"))
        spec.unit = unit.components(separatedBy: "/")[0]
      }
      claim = ""
    }
    for piece in pieces.dropFirst() {
      if piece.hasPrefix("source:") {
        (spec.sourceIDs, spec.sourceSurface) = source(piece.dropFirst("source:".count))
      } else if !piece.hasPrefix("status:") {
        spec.measure = measure(piece, legend: legend) ?? spec.measure
      }
    }
    return spec
  }

  /// `K (intraday)` → the legend's parts; `killed × soldiers × turkish` → its parts.
  static func measure(_ piece: String, legend: [String: [String?]]) -> [String?]? {
    let head = piece.components(separatedBy: " (")[0].trimmingCharacters(in: .whitespaces)
    if let parts = legend[head] { return parts }
    let parts = head.components(separatedBy: "×").map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    return parts.count == 3 ? parts.map { $0.isEmpty ? nil : $0 } : nil
  }

  /// ` ID "surface" …`, ` none (…)`, ` "surface"` → ids and the surface right after them.
  static func source(_ text: Substring) -> ([String], String?) {
    let rest = text.drop { $0 == " " }
    if rest.hasPrefix("\"") { return ([], StoryReadme.quoted(rest).first) }
    let id = rest.prefix { $0 != " " && $0 != "\"" }
    let after = rest.dropFirst(id.count).drop { $0 == " " }
    let surface = after.hasPrefix("\"") ? StoryReadme.quoted(after).first : nil
    let ids = id.split(separator: "+").map(String.init).filter { !$0.isEmpty }
    return (ids, surface)
  }

  static func attribution(_ body: String) -> AttributionSpec {
    var spec = AttributionSpec(sourceIDs: [])
    for piece in parts(body) {
      let quote = StoryReadme.quoted(Substring(piece)).first
      if piece.hasPrefix("cue") {
        spec.cue = quote?.components(separatedBy: " … ")[0]
      } else if piece.hasPrefix("channel") {
        spec.channelSurface = quote
      } else if piece.hasPrefix("quote") {
        spec.quote = quote
      } else if piece.hasPrefix("source") {
        (spec.sourceIDs, spec.sourceSurface) = source(piece.dropFirst("source".count))
      } else if piece.hasPrefix("\"") {
        spec.sourceSurface = quote
      }
    }
    return spec
  }

  /// The measure letters of a story README: `**killed × soldiers × Turkish** (K)` and
  /// `- **V** valued × money × Karayel (…) — …`.
  static func legend(_ text: String) -> [String: [String?]] {
    var out: [String: [String?]] = [:]
    for line in text.components(separatedBy: "\n") {
      let spans = line.components(separatedBy: "**")
      var index = 1
      while index < spans.count {
        let span = spans[index]
        let after = index + 1 < spans.count ? spans[index + 1] : ""
        if span.contains("×"), after.hasPrefix(" ("), let close = after.firstIndex(of: ")") {
          let letter = String(after[after.index(after.startIndex, offsetBy: 2)..<close])
          out[letter] = measure(span, legend: [:])
        } else if line.hasPrefix("- **"), index == 1, !span.contains(" "), after.contains("×") {
          let parts = after.components(separatedBy: " — ")[0]
          out[span] = measure(parts.trimmingCharacters(in: .whitespaces), legend: [:])
        }
        index += 2
      }
    }
    return out
  }
}
