/// An element of a parsed XML or HTML document, as plain Swift values.
///
/// `MarkupDocument` builds these from libxml2's tree and frees the C tree at once, so no
/// libxml2 pointer outlives a parse. Names are local names (`headline`, not `nar:headline`);
/// HTML names are lowercase.
package struct MarkupElement: Sendable, Hashable {
  /// The local name.
  package var name: String
  /// The namespace URI, when the element has one.
  package var namespace: String?
  /// Attributes by local name; attributes in the XML namespace keep their prefix (`xml:lang`).
  package var attributes: [String: String]
  /// Child elements and text, in document order.
  package var children: [MarkupNode]
  /// The line the element starts on (libxml2 caps it at 65535), or 0 when unknown.
  package var line: Int

  /// Creates an element.
  package init(
    name: String, namespace: String? = nil, attributes: [String: String] = [:],
    children: [MarkupNode] = [], line: Int = 0
  ) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.children = children
    self.line = line
  }

  /// The value of an attribute.
  package subscript(attribute name: String) -> String? { attributes[name] }

  /// The child elements, in order.
  package var elements: [MarkupElement] {
    children.compactMap {
      if case .element(let element) = $0 { return element }
      return nil
    }
  }

  /// The child elements named `name`.
  package func elements(_ name: String) -> [MarkupElement] { elements.filter { $0.name == name } }

  /// The first child element named `name`.
  package func first(_ name: String) -> MarkupElement? {
    for case .element(let element) in children where element.name == name { return element }
    return nil
  }

  /// The element reached by following child names: `path("contentMeta", "headline")`.
  package func path(_ names: String...) -> MarkupElement? {
    var current = self
    for name in names {
      guard let next = current.first(name) else { return nil }
      current = next
    }
    return current
  }

  /// All the text inside the element, concatenated in document order.
  package var text: String {
    var out = ""
    appendText(to: &out)
    return out
  }

  private func appendText(to out: inout String) {
    for child in children {
      switch child {
      case .text(let text): out += text
      case .element(let element): element.appendText(to: &out)
      }
    }
  }

  /// The text of the element with white space folded and trimmed; `nil` when empty.
  package var trimmedText: String? { Self.folded(text) }

  /// `value` with runs of white space folded to one space and the ends trimmed.
  package static func folded(_ value: String?) -> String? {
    guard let value else { return nil }
    if isFolded(value) { return value }
    let words = value.split(whereSeparator: { $0.isWhitespace && $0 != "\u{A0}" })
    return words.isEmpty ? nil : words.joined(separator: " ")
  }

  /// Whether `value` is already folded and trimmed, checked on its bytes: not empty, single
  /// spaces between other characters, no other white space. Bytes that may start a non-ASCII
  /// space (U+0085, U+1680, U+2000…, U+3000) or a mark after a space send it the slow way.
  private static func isFolded(_ value: String) -> Bool {
    var previous: UInt8 = 0x20
    var any = false
    for byte in value.utf8 {
      switch byte {
      case 0x20:
        if previous == 0x20 { return false }
      case 0x21..<0x7F:
        break
      case 0x80..<0xC0, 0xC3..<0xE1, 0xE4...0xFF:
        if previous == 0x20 { return false }
      default:
        return false
      }
      previous = byte
      any = true
    }
    return any && previous != 0x20
  }

  /// The first element, in document order and this one included, that satisfies `test`.
  package func firstDescendant(where test: (MarkupElement) -> Bool) -> MarkupElement? {
    if test(self) { return self }
    for case .element(let element) in children {
      if let found = element.firstDescendant(where: test) { return found }
    }
    return nil
  }

  /// Every element, in document order and this one included, that satisfies `test`; the
  /// inside of a matching element is not searched further.
  package func descendants(where test: (MarkupElement) -> Bool) -> [MarkupElement] {
    var out: [MarkupElement] = []
    collect(where: test, into: &out)
    return out
  }

  private func collect(where test: (MarkupElement) -> Bool, into out: inout [MarkupElement]) {
    if test(self) {
      out.append(self)
      return
    }
    for case .element(let element) in children { element.collect(where: test, into: &out) }
  }

  /// Visits every element in document order, this one included.
  package func forEach(_ body: (MarkupElement) -> Void) {
    body(self)
    for case .element(let element) in children { element.forEach(body) }
  }

  /// A copy without the descendants for which `drop` is true.
  package func pruned(_ drop: (MarkupElement) -> Bool) -> MarkupElement {
    var copy = self
    copy.children = children.compactMap { child in
      guard case .element(let element) = child else { return child }
      return drop(element) ? nil : .element(element.pruned(drop))
    }
    return copy
  }
}

/// A child of an element: an element or a run of text.
package enum MarkupNode: Sendable, Hashable {
  /// A child element.
  case element(MarkupElement)
  /// Character data (text and CDATA, entities already replaced).
  case text(String)
}
