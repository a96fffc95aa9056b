import Foundation
import ParallaxFacts
import ParallaxText

/// Turns the sources of attributions into story-wide identities: one concept is one
/// source in every language; names without a concept are one source when their
/// transliterations agree (Rahmi Doğan = Rahmi Dogan = رحمي دوغان); an office the story
/// names beside its holder is its holder (`ApposedNames`).
struct SourceNamer {
  /// The glossary that gives concepts their preferred names.
  let names: Glossary
  /// Concept → the concept that stands for it in this story (`hatay-governor` →
  /// `rahmi-dogan`).
  let aliases: [String: String]
  /// Names without a concept met so far, with the identity each was given.
  private var seen: [(key: EntityKey, id: String)] = []

  /// How alike two transliterated names must be to be one source.
  static let sameNameSimilarity = 0.85

  /// People the story names (of two words or more, without a concept), looked for inside
  /// a source's words when its own paragraph did not name them
  /// (`Provinzgouverneurs Selim Aksoy`, `والي أورسونا سليم أقصوي في مؤتمر صحفي`).
  var knownPeople: [EntityKey] = []

  /// Bodies cited by a common noun (`the coast guard`), one source in every language.
  var institutions = InstitutionKinds.shipped

  /// A namer for `story`: it reads the story's appositions (`ApposedNames`) and knows the
  /// people named anywhere in it.
  init(names: Glossary, story: [AnalyzedReport] = []) {
    self.names = names
    aliases = ApposedNames.aliases(in: story)
    var people: [EntityKey] = []
    for item in story {
      for paragraph in item.paragraphs {
        for fact in paragraph.entities where fact.entity.kind == .person {
          let key = fact.entity.key
          guard key.concept == nil, key.latin.split(separator: " ").count >= 2,
            !people.contains(key)
          else { continue }
          people.append(key)
        }
      }
    }
    // A holder a source names after an office title with no entity found there
    // (`Provinzgouverneurs Selim Aksoy`) is a person of the story too.
    for item in story {
      for paragraph in item.paragraphs {
        for fact in paragraph.attributions {
          let attribution = fact.attribution
          guard let range = attribution.sourceRange, let surface = attribution.source,
            Self.capitalizedWords(surface) >= 2,
            !paragraph.entities.contains(where: {
              $0.entity.kind == .person && $0.entity.range.overlaps(range)
            }),
            let name = SourceReferences.shipped.holderName(in: surface)
          else { continue }
          let key = EntityKey(name: name)
          guard
            !people.contains(where: { EntityKey.similarity($0, key) >= Self.sameNameSimilarity })
          else { continue }
          people.append(key)
        }
      }
    }
    knownPeople = people
    acronyms = Self.acronyms(in: story)
  }

  /// Names the story sets beside an acronym (`Syndicat indépendant des travailleurs des mines
  /// (Bağımsız Maden İşçileri Sendikası, BAMİS)`, a source `The Independent Mineworkers' Union
  /// (BAMIS)`), each with the acronym's key: a source cited by one of these names anywhere in
  /// the story is the body its acronym names.
  var acronyms: [(name: EntityKey, acronym: EntityKey)] = []

  /// The names of `story` written right before a parenthesized acronym, or inside a source
  /// that ends on one, with the acronym.
  static func acronyms(in story: [AnalyzedReport]) -> [(name: EntityKey, acronym: EntityKey)] {
    var result: [(name: EntityKey, acronym: EntityKey)] = []
    func add(_ name: EntityKey, _ acronym: String) {
      let key = EntityKey(name: acronym)
      guard name.concept == nil, name.latin != key.latin,
        !result.contains(where: { $0.name == name })
      else { return }
      result.append((name, key))
    }
    for item in story {
      for paragraph in item.paragraphs {
        let bodies = paragraph.entities.map(\.entity).filter {
          $0.kind != .person && $0.kind != .place
        }
        guard !paragraph.entities.isEmpty else { continue }
        let scalars = Array(paragraph.text.unicodeScalars)
        for entity in bodies {
          if let inner = parenthesis(in: scalars, after: entity.range.end),
            let acronym = acronym(in: "(" + inner + ")")
          {
            add(entity.key, acronym)
          }
        }
        for fact in paragraph.attributions {
          guard let range = fact.attribution.sourceRange, let surface = fact.attribution.source,
            let acronym = acronym(in: surface)
          else { continue }
          // A name read as a person's inside words that name a kind of body (`The Independent
          // Mineworkers' Union (BAMIS)`) is the body's.
          let named =
            namesBody(surface) || spellsInitials(acronym, of: surface)
            ? paragraph.entities.map(\.entity).filter { $0.kind != .place } : bodies
          for entity in named
          where entity.range.start >= range.start && entity.range.end <= range.end {
            add(entity.key, acronym)
          }
        }
      }
    }
    return result
  }

  /// Whether an acronym's letters are, in order, initials of the words before it (`NFCW` of
  /// `The National Federation of Chemical Workers`): a body's name, not a person's with a
  /// party after it (`Levent Karasu (CHP)`).
  static func spellsInitials(_ acronym: String, of surface: String) -> Bool {
    let letters = Array(TextFolding.fold(acronym).filter(\.isLetter))
    let initials = surface.split { !$0.isLetter && !$0.isNumber }.compactMap {
      TextFolding.fold(String($0)).first
    }
    var next = 0
    for initial in initials where next < letters.count && initial == letters[next] {
      next += 1
    }
    return letters.count >= 2 && next == letters.count
  }

  /// Whether a source's words name a kind of body (`union`, `ministry`, `نقابة`), not only an
  /// office.
  static func namesBody(_ surface: String) -> Bool {
    let references = SourceReferences.shipped
    return references.rowsHeld(SourceReferences.words(surface)).contains {
      references.rows[$0].kind != .title
    }
  }

  /// The text of a parenthesis that opens right after `end` (white space aside).
  static func parenthesis(in scalars: [Unicode.Scalar], after end: Int) -> String? {
    var index = end
    while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    guard index < scalars.count, scalars[index] == "(" else { return nil }
    guard let close = scalars[(index + 1)...].firstIndex(of: ")"),
      close - index <= maxParenthesisScalars
    else { return nil }
    var inner = String.UnicodeScalarView()
    inner.append(contentsOf: scalars[(index + 1)..<close])
    return String(inner)
  }

  /// The longest parenthesis read for an acronym.
  static let maxParenthesisScalars = 80

  /// The acronym's key of a name the story sets beside one, else the name's own key.
  func acronymKey(for key: EntityKey) -> EntityKey {
    guard key.concept == nil,
      let found = acronyms.first(where: {
        EntityKey.similarity($0.name, key) >= Self.sameNameSimilarity
      })
    else { return key }
    return found.acronym
  }

  /// How many words of a text start with a capital letter (a name of two words needs two).
  static func capitalizedWords(_ text: String) -> Int {
    text.split(whereSeparator: \.isWhitespace).count { $0.first?.isUppercase == true }
  }

  /// The story's person whose name stands, word for word, inside `surface`: the window of
  /// as many words as the name whose transliteration agrees with it best (at least
  /// `sameNameSimilarity`).
  func knownPerson(in surface: String) -> EntityKey? {
    let words = surface.split(whereSeparator: \.isWhitespace).map(String.init)
    var best: (key: EntityKey, score: Double)?
    for person in knownPeople {
      let length = person.latin.split(separator: " ").count
      guard length <= words.count else { continue }
      for start in 0...(words.count - length) {
        let window = EntityKey(name: words[start..<(start + length)].joined(separator: " "))
        let score = EntityKey.similarity(window, person)
        if score >= Self.sameNameSimilarity, score > (best?.score ?? 0) {
          best = (person, score)
        }
      }
    }
    return best?.key
  }

  /// The acronym a source's words end on: the last item of a closing parenthesis when it is
  /// one word (`(Bağımsız Maden İşçileri Sendikası, BAMİS)`, `(باميس)`), else a last word of
  /// two capital letters or more and no small one (`BAMİS`). In a script with case, the
  /// parenthesized word must be capitals too.
  static func acronym(in surface: String) -> String? {
    let trimmed = surface.trimmingCharacters(in: .whitespaces)
    var candidate: Substring
    var parenthesized = false
    if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
      let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
      candidate = Substring(
        (inner.split(separator: ",").last ?? "").trimmingCharacters(in: .whitespaces))
      parenthesized = true
    } else {
      candidate = trimmed.split(whereSeparator: \.isWhitespace).last ?? ""
    }
    let letters = candidate.filter(\.isLetter)
    guard letters.count >= 2, letters.count <= maxAcronymLetters,
      candidate.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "&" })
    else { return nil }
    let cased = letters.filter(\.isCased)
    if cased.isEmpty { return parenthesized ? String(candidate) : nil }
    guard cased.count >= 2, cased.allSatisfy(\.isUppercase) else { return nil }
    return String(candidate)
  }

  /// The most letters an acronym has.
  static let maxAcronymLetters = 8

  /// The source of an attribution, `Source.none` when it names nobody. A person named
  /// inside the source's words is the source, rather than the title before the name
  /// (`Hatay Valisi Rahmi Doğan` is Rahmi Doğan, not the governor's office).
  mutating func source(of attribution: Attribution, among entities: [Entity] = []) -> Source {
    var attribution = attribution
    var namesPerson = false
    if let range = attribution.sourceRange,
      let person = entities.last(where: {
        $0.kind == .person && $0.range.start >= range.start && $0.range.end <= range.end
      })
    {
      attribution.sourceEntity = person.key
      // A "person" whose words name a body (`Sahil Güvenlik Komutanlığı`) is that body.
      namesPerson = institutions.body(in: person.text, namesPerson: false) == nil
    } else if attribution.sourceEntity == nil, let surface = attribution.source,
      let person = knownPerson(in: surface)
    {
      attribution.sourceEntity = person
      namesPerson = true
    }
    // A body cited by its common noun (`the Turkish Coast Guard`, `Sahil Güvenlik`), or a
    // person speaking for it, is that body in every language, unless a concept names it.
    if attribution.sourceEntity?.concept == nil, let surface = attribution.source,
      let body = institutions.body(in: surface, namesPerson: namesPerson)
    {
      return Source(id: "body:" + body, name: surface)
    }
    // A body written with its acronym (`The Independent Mineworkers' Union (BAMIS)`, `نقابة
    // عمال المناجم المستقلة (باميس)`, `Bergarbeitergewerkschaft BAMİS`) is known by the
    // acronym, the one name its translations keep.
    if attribution.sourceEntity?.concept == nil, let surface = attribution.source,
      let acronym = Self.acronym(in: surface),
      !namesPerson || Self.namesBody(surface) || Self.spellsInitials(acronym, of: surface)
    {
      attribution.sourceEntity = EntityKey(name: acronym)
    }
    if let written = attribution.sourceEntity {
      let key = acronymKey(for: written)
      if let known = key.concept {
        let concept = aliases[known] ?? known
        return Source(
          id: "concept:" + concept, name: name(concept: concept) ?? attribution.source ?? concept)
      }
      if let match = seen.first(where: {
        EntityKey.similarity($0.key, key) >= Self.sameNameSimilarity
      }) {
        return Source(id: match.id, name: attribution.source ?? key.latin)
      }
      let id = "name:" + key.latin
      seen.append((key, id))
      return Source(id: id, name: attribution.source ?? key.latin)
    }
    guard let surface = attribution.source, !surface.isEmpty else { return .none }
    return Source(id: "text:" + TextFolding.fold(surface), name: surface)
  }

  /// Whether an attribution's source names a person rather than a body: a person named inside
  /// its words who is no body (`Sahil Güvenlik Komutanlığı`), or a person the story names.
  func namesPerson(_ attribution: Attribution, among entities: [Entity]) -> Bool {
    if let range = attribution.sourceRange,
      let person = entities.last(where: {
        $0.kind == .person && $0.range.start >= range.start && $0.range.end <= range.end
      })
    {
      return institutions.body(in: person.text, namesPerson: false) == nil
    }
    guard attribution.sourceEntity == nil, let surface = attribution.source else { return false }
    return knownPerson(in: surface) != nil
  }

  /// The preferred name of a concept: English first, else the first language that has one.
  func name(concept: String) -> String? {
    guard let entry = names.entry(id: concept) else { return nil }
    return entry.preferred("en")
  }
}
