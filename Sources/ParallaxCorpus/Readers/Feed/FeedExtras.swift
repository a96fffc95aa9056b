/// The links and people of one feed item, gathered in document order.
struct FeedExtras: Sendable {
  /// Links (`<link>`, Atom `<link href>`, `<enclosure>`).
  var links: [Link] = []
  /// Authors (`author`, `dc:creator`, `itunes:author`).
  var authors: [Person] = []
  /// Contributors (`contributor`, `dc:contributor`).
  var contributors: [Person] = []
  /// The publisher (`dc:publisher`, `webMaster`); the first one wins.
  var publisher: Person?

  /// Adds a person in the role of the element that named it.
  mutating func add(_ person: Person, as role: FeedField.Kind) {
    guard !person.isEmpty else { return }
    switch role {
    case .contributor: if !contributors.contains(person) { contributors.append(person) }
    case .publisher: if publisher == nil { publisher = person }
    default: if !authors.contains(person) { authors.append(person) }
    }
  }

  /// Adds a link, unless the same link is already there.
  mutating func add(_ link: Link) {
    if !links.contains(link) { links.append(link) }
  }

  /// Copies what was gathered into `report`.
  func apply(to report: inout Report) {
    report.links = links.isEmpty ? nil : links
    report.authors = authors.isEmpty ? nil : authors
    report.contributors = contributors.isEmpty ? nil : contributors
    report.publisher = publisher
  }
}

extension FeedInfo {
  /// Adds a channel-level link, unless the same link is already there.
  mutating func add(_ link: Link) {
    var all = links ?? []
    if !all.contains(link) { all.append(link) }
    links = all
  }

  /// Adds a channel-level person in the role of the element that named it.
  mutating func add(_ person: Person, as role: FeedField.Kind) {
    guard !person.isEmpty else { return }
    switch role {
    case .contributor:
      var all = contributors ?? []
      if !all.contains(person) { all.append(person) }
      contributors = all
    case .publisher:
      if publisher == nil { publisher = person }
    default:
      var all = authors ?? []
      if !all.contains(person) { all.append(person) }
      authors = all
    }
  }
}
