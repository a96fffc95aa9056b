import CLibXML2

/// The streaming state of one `MarkupDocument(xml:streaming:each:)` parse: when an element
/// ends whose parent is the element at `path`, it is converted, handed to `each`, and its
/// content freed; the emptied element stays in the C tree (so libxml2's text coalescing never
/// sees a freed node), marked as handed over.
final class StreamedChildren {
  /// The mark left in `_private` of an element already handed over.
  nonisolated(unsafe) static let handedOver = UnsafeMutableRawPointer(bitPattern: 1)

  private let path: [[UInt8]]
  private let each: (MarkupElement) -> Void
  /// The converter of the handed-over elements (its entity budget goes on to the rest).
  var converter: TreeConverter

  init(_ path: [String], _ each: @escaping (MarkupElement) -> Void) {
    self.path = path.map { Array($0.utf8) }
    self.each = each
    converter = TreeConverter(document: nil, html: false)
  }

  /// Called after libxml2 closed `node`.
  func ended(_ node: xmlNodePtr) {
    guard node.pointee.type == XML_ELEMENT_NODE, let parent = node.pointee.parent,
      isStreamed(parent)
    else { return }
    converter.document = node.pointee.doc
    if let element = converter.element(node, depth: path.count + 1) { each(element) }
    if let children = node.pointee.children {
      node.pointee.children = nil
      node.pointee.last = nil
      var child: xmlNodePtr? = children
      while let current = child {
        current.pointee.parent = nil
        child = current.pointee.next
      }
      xmlFreeNodeList(children)
    }
    node.pointee._private = Self.handedOver
  }

  /// Whether `element` is the element at `path` (the first of its name at every step).
  private func isStreamed(_ element: xmlNodePtr) -> Bool {
    var current = element
    for name in path.reversed() {
      guard current.pointee.type == XML_ELEMENT_NODE, Self.named(current, name),
        let parent = current.pointee.parent, Self.firstChild(of: parent, name) == current
      else { return false }
      current = parent
    }
    return current.pointee.type == XML_ELEMENT_NODE
      && current.pointee.parent?.pointee.type == XML_DOCUMENT_NODE
  }

  private static func named(_ node: xmlNodePtr, _ name: [UInt8]) -> Bool {
    guard let raw = node.pointee.name else { return false }
    return name.withUnsafeBufferPointer { wanted in
      var index = 0
      while index < wanted.count {
        if raw[index] != wanted[index] { return false }
        index += 1
      }
      return raw[index] == 0
    }
  }

  private static func firstChild(of parent: xmlNodePtr, _ name: [UInt8]) -> xmlNodePtr? {
    var child = parent.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE, named(current, name) { return current }
      child = current.pointee.next
    }
    return nil
  }
}
