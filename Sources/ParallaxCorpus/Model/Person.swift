/// A person named by a feed or feed item: an author, contributor or publisher.
public struct Person: Sendable, Codable, Hashable {
  /// The name, when known.
  public var name: String?
  /// The e-mail address, when known.
  public var email: String?
  /// A web address for the person (Atom `uri`), resolved against `xml:base`.
  public var uri: String?

  /// Creates a person.
  public init(name: String? = nil, email: String? = nil, uri: String? = nil) {
    self.name = name
    self.email = email
    self.uri = uri
  }

  /// Whether nothing is known about the person.
  public var isEmpty: Bool { name == nil && email == nil && uri == nil }

  /// How a feed names the person on one line: `Name (email)`, or whichever is known.
  public var display: String? {
    switch (name, email) {
    case (let name?, let email?): "\(name) (\(email))"
    case (let name?, nil): name
    case (nil, let email?): email
    case (nil, nil): nil
    }
  }
}
