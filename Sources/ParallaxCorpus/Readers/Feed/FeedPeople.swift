import Foundation

/// A person element being read (`<author>`, `<contributor>`, `<managingEditor>`): its depth,
/// its role and the parts its children (`name`, `email`, `uri`) gave so far.
struct FeedPersonDraft {
  /// The depth of the person element.
  var depth: Int
  /// `.author`, `.contributor` or `.publisher`.
  var role: FeedField.Kind
  /// Whether the element is a child of the channel rather than of an item.
  var isFeedLevel: Bool
  /// The `name` child's text.
  var name: String?
  /// The `email` child's text.
  var email: String?
  /// The `uri` (Atom 1.0) or `url` / `homepage` (Atom 0.3) child's target.
  var uri: String?

  /// Whether any child gave a part.
  var hasParts: Bool { name != nil || email != nil || uri != nil }

  /// The person the parts describe, or the person `text` names when there are no parts.
  func person(text: String) -> Person {
    if hasParts { return Person(name: name, email: email, uri: uri) }
    return role == .contributor && !text.contains("@")
      ? Person(name: text.isEmpty ? nil : text) : Person(parsing: text)
  }
}

extension FeedField {
  /// The field a child of a person element gives, or `nil` for any other child.
  static func personPart(_ local: String) -> FeedField? {
    switch local {
    case "name": FeedField(.authorName)
    case "email": FeedField(.authorEmail)
    case "uri", "url", "homepage": FeedField(.authorURI)
    default: nil
    }
  }
}

extension FeedField.Kind {
  /// Whether the field names a person.
  var isPerson: Bool { self == .author || self == .contributor || self == .publisher }

  /// Whether the field is a part of a person (`name`, `email`, `uri`).
  var isPersonPart: Bool { self == .authorName || self == .authorEmail || self == .authorURI }
}

extension Person {
  /// The person a one-line credit names, split as feedparser splits it: an e-mail address
  /// anywhere in the text is the `email`, what remains (without `()` or `<>`) the `name`:
  /// `me@example.com (Example editor)`, `Example editor <me@example.com>`.
  init(parsing text: String) {
    // No `@`, no address: the whole text is the name (without an array of scalars).
    let scalars = text.utf8.contains(UInt8(ascii: "@")) ? Array(text.unicodeScalars) : []
    guard let email = Self.emailRange(in: scalars) else {
      self.init(name: text.isEmpty ? nil : text)
      return
    }
    let address = String(String.UnicodeScalarView(scalars[email]))
    var rest = String(String.UnicodeScalarView(scalars[..<email.lowerBound]))
    rest += String(String.UnicodeScalarView(scalars[email.upperBound...]))
    for pair in ["()", "<>", "&lt;&gt;"] {
      rest = rest.replacingOccurrences(of: pair, with: "")
    }
    rest = rest.trimmedFeedText
    if rest.hasPrefix("(") { rest.removeFirst() }
    if rest.hasSuffix(")") { rest.removeLast() }
    rest = rest.trimmedFeedText
    self.init(name: rest.isEmpty ? nil : rest, email: address)
  }

  /// The first `local@domain.tld` in `scalars`, or `nil`.
  private static func emailRange(in scalars: [Unicode.Scalar]) -> Range<Int>? {
    func isLocal(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "_-.+".unicodeScalars.contains(scalar))
    }
    func isDomain(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
          || scalar == ".")
    }
    for at in scalars.indices where scalars[at] == "@" {
      var start = at
      while start > 0, isLocal(scalars[start - 1]) { start -= 1 }
      var end = at + 1
      while end < scalars.count, isDomain(scalars[end]) { end += 1 }
      while end > at + 1, scalars[end - 1] == "." { end -= 1 }
      let domain = scalars[(at + 1)..<end]
      guard start < at, domain.contains(".") else { continue }
      return start..<end
    }
    return nil
  }
}

extension FeedHandler {
  /// The part (`name`, `email`, `uri`) of the open person element that `name` starts, if any.
  func personPart(_ name: FeedName) -> FeedField? {
    guard let open = person, depth == open.depth + 1 else { return nil }
    return FeedField.personPart(name.local)
  }

  /// Stores the text of a person's `name`, `email` or `uri`.
  func finishPersonPart(_ capture: Capture) {
    let value = String(decoding: buffer, as: UTF8.self).trimmedFeedText
    guard !value.isEmpty else { return }
    switch capture.field.kind {
    case .authorName: person?.name = value
    case .authorEmail: person?.email = value
    default: person?.uri = FeedURL.resolve(value, against: capture.base)
    }
  }

  /// Stores a person field (`author`, `dc:creator`, `contributor`, `webMaster`) whose
  /// element has just ended; `text` is its own text.
  func finishPerson(_ capture: Capture, text: String) {
    if let open = person, open.depth == capture.depth {
      person = nil
      closePerson(open, text: text, rank: capture.field.rank)
    } else if !text.isEmpty {
      let draft = FeedPersonDraft(
        depth: capture.depth, role: capture.field.kind, isFeedLevel: capture.isFeedLevel)
      closePerson(draft, text: text, rank: capture.field.rank)
    }
  }

  /// Ends a person element: the byline is offered (authors only) and the person recorded.
  func closePerson(_ open: FeedPersonDraft, text: String, rank: Int) {
    if open.role == .author, let byline = open.name ?? (text.isEmpty ? open.email : text) {
      offerAuthor(byline, feedLevel: open.isFeedLevel, rank: rank)
    }
    let found = open.person(text: text)
    if open.isFeedLevel {
      feed.add(found, as: open.role)
    } else {
      item?.extras.add(found, as: open.role)
    }
  }
}
