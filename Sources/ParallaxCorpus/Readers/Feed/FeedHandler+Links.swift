extension FeedHandler {
  /// Records a link: an Atom `<link href>` or the text of an RSS `<link>`, resolved against
  /// `base`. A link without `rel` is `alternate`, as in Atom.
  func recordLink(
    _ href: String, _ attributes: FeedAttributes, base: String?, feedLevel: Bool
  ) {
    var target = FeedURL.resolve(href, against: base)
    if target.isEmpty, let base { target = base }  // `href=""` is the base itself.
    guard !target.isEmpty else { return }
    let rel = attributes.rel?.trimmedFeedText ?? ""
    let link = Link(
      href: target, rel: rel.isEmpty ? "alternate" : rel,
      type: Self.attribute(attributes.type), title: Self.attribute(attributes.title),
      hreflang: Self.attribute(attributes.hreflang), length: Self.attribute(attributes.length))
    add(link, feedLevel: feedLevel)
  }

  /// Records an RSS `<enclosure url length type>` as a link of relation `enclosure`.
  func recordEnclosure(_ attributes: FeedAttributes, base: String?, feedLevel: Bool) {
    guard let url = attributes.url ?? attributes.href else { return }
    let target = FeedURL.resolve(url, against: base)
    guard !target.isEmpty else { return }
    let link = Link(
      href: target, rel: "enclosure", type: Self.attribute(attributes.type),
      title: Self.attribute(attributes.title), length: Self.attribute(attributes.length))
    add(link, feedLevel: feedLevel)
  }

  private func add(_ link: Link, feedLevel: Bool) {
    if feedLevel {
      feed.add(link)
    } else {
      item?.extras.add(link)
    }
  }

  /// An attribute's value trimmed, or `nil` when it is missing or blank.
  static func attribute(_ value: String?) -> String? {
    guard let value = value?.trimmedFeedText, !value.isEmpty else { return nil }
    return value
  }
}
