import CLibXML2

/// A whole XML or HTML document parsed safely with libxml2 and turned into Swift values.
///
/// XML is parsed with network access off, without loading DTDs or substituting external
/// entities (no XXE), and in recover mode, so that an ill-formed document still gives what
/// could be read along with the position of its first fatal error. The libxml2 tree is freed
/// before the parser returns.
package struct MarkupDocument: Sendable {
  /// A problem libxml2 reported.
  package struct Problem: Sendable, Hashable {
    /// Whether libxml2 called it fatal (the document is not well-formed).
    package var fatal: Bool
    /// The line, from 1, when known.
    package var line: Int?
    /// The column, from 1, when known.
    package var column: Int?
    /// libxml2's message, trimmed.
    package var message: String
  }

  /// The root element, or `nil` when nothing could be read.
  package var root: MarkupElement?
  /// Problems reported by libxml2, without repeats, at most `maximumProblems`.
  package var problems: [Problem]
  /// Whether the document was well-formed (always true for HTML, which has no such notion).
  package var wellFormed: Bool
  /// Entities referred to but not expanded (external ones, or ones holding markup), sorted.
  package var unexpandedEntities: [String] = []
  /// The line of the first element nested deeper than `TreeConverter.maximumDepth` levels,
  /// when there is one: its text is all kept, in order, but that part of the tree is read
  /// with its nesting opened (see `TreeConverter.spliced(_:)`).
  package var flattenedLine: Int?

  /// How deep elements may nest before their nesting is opened.
  package static var maximumDepth: Int { TreeConverter.maximumDepth }

  /// How many problems are kept.
  package static let maximumProblems = 20

  /// The first fatal problem, when the document is not well-formed.
  package var firstFatal: Problem? { problems.first { $0.fatal } }

  /// Parses XML bytes (any encoding libxml2 recognizes from a BOM or the XML declaration).
  package init(xml bytes: [UInt8]) {
    let options = Int32(
      XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOCDATA.rawValue)
    self = Self.parse(bytes, html: false, options: options, stream: nil)
  }

  /// Parses XML bytes as `init(xml:)` does, but hands each child element of the element at
  /// `path` (names below the root, the first child of each name at every step) to `each` as
  /// soon as its end tag is read, in document order, and frees its content: the C tree holds
  /// one such element at a time, and `root` keeps them only as empty shells left out of the
  /// Swift tree. Elements never closed (a document cut short) stay in `root`.
  package init(xml bytes: [UInt8], streaming path: [String], each: (MarkupElement) -> Void) {
    let options = Int32(
      XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOCDATA.rawValue)
    self = withoutActuallyEscaping(each) { each in
      Self.parse(bytes, html: false, options: options, stream: StreamedChildren(path, each))
    }
  }

  /// Parses HTML text, already decoded, as UTF-8; `<meta charset>` inside is ignored.
  ///
  /// libxml2 stops a document at 256 open elements unless `XML_PARSE_HUGE` is set (the
  /// rest of the page is lost without a word): it is set, and the depth is bounded where
  /// the tree is converted instead, without losing text (`flattenedLine`). For HTML it
  /// lifts nothing else that matters: the HTML parser expands no declared entities. XML is
  /// parsed without it (it would also lift the guards against entity expansion bombs): an
  /// XML document nested past 256 levels stops there with a fatal error at its line, which
  /// the readers report.
  package init(html text: String) {
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOBLANKS.rawValue
        | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
    self = Self.parse(Array(text.utf8), html: true, options: options, stream: nil)
  }

  private init(root: MarkupElement?, problems: [Problem], wellFormed: Bool) {
    self.root = root
    self.problems = problems
    self.wellFormed = wellFormed
  }

  private static func parse(
    _ bytes: [UInt8], html: Bool, options: Int32, stream: StreamedChildren?
  ) -> MarkupDocument {
    _ = LibXML2Setup.ready
    let collector = ProblemCollector()
    collector.stream = stream
    guard let context = html ? htmlNewParserCtxt() : xmlNewParserCtxt() else {
      return MarkupDocument(
        root: nil, problems: [Problem(fatal: true, message: "cannot create a parser")],
        wellFormed: false)
    }
    defer { html ? htmlFreeParserCtxt(context) : xmlFreeParserCtxt(context) }
    let retained = Unmanaged.passRetained(collector)
    defer { retained.release() }
    context.pointee._private = retained.toOpaque()
    context.pointee.sax?.pointee.serror = { userData, error in
      guard let userData, let error else { return }
      let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
      guard let collector = context.pointee._private else { return }
      Unmanaged<ProblemCollector>.fromOpaque(collector).takeUnretainedValue().add(
        level: Int(error.pointee.level.rawValue), line: Int(error.pointee.line),
        column: Int(error.pointee.int2),
        message: error.pointee.message.map { String(cString: $0) } ?? "unknown error")
    }
    if stream != nil {
      context.pointee.sax?.pointee.endElementNs = { userData, localName, prefix, uri in
        guard let userData else { return }
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        let node = context.pointee.node
        xmlSAX2EndElementNs(userData, localName, prefix, uri)
        guard let node, let collector = context.pointee._private else { return }
        Unmanaged<ProblemCollector>.fromOpaque(collector).takeUnretainedValue().stream?.ended(
          node)
      }
    }
    let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        html
          ? htmlCtxtReadMemory(
            context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
          : xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, nil, options)
      }
    }
    let wellFormed = html || context.pointee.wellFormed != 0
    guard let document else {
      return MarkupDocument(root: nil, problems: collector.problems, wellFormed: false)
    }
    defer { xmlFreeDoc(document) }
    var budget = TreeConverter(document: document, html: html)
    if let stream {
      budget.entityBudget = stream.converter.entityBudget
      budget.unexpanded = stream.converter.unexpanded
    }
    let root = xmlDocGetRootElement(document).flatMap { budget.element($0, depth: 0) }
    var result = MarkupDocument(root: root, problems: collector.problems, wellFormed: wellFormed)
    result.unexpandedEntities = budget.unexpanded.sorted()
    result.flattenedLine = budget.flattenedLine
    return result
  }
}

/// Collects libxml2's errors for one parse (reached through the context's `_private`).
private final class ProblemCollector {
  /// The streaming of `init(xml:streaming:each:)`, when asked for.
  var stream: StreamedChildren?
  var problems: [MarkupDocument.Problem] = []
  private var seen: Set<String> = []

  func add(level: Int, line: Int, column: Int, message: String) {
    let text = MarkupElement.folded(message) ?? message
    // Entity loops are reported many times over: keep one of each message.
    guard problems.count < MarkupDocument.maximumProblems, seen.insert(text).inserted else {
      return
    }
    problems.append(
      MarkupDocument.Problem(
        fatal: level >= Int(XML_ERR_FATAL.rawValue),
        line: line > 0 ? line : nil, column: column > 0 ? column : nil, message: text))
  }
}

/// Copies libxml2's tree into `MarkupElement`s, with limits on depth and entity text.
struct TreeConverter {
  var document: xmlDocPtr?
  let html: Bool
  /// Characters still allowed from internal entities, against expansion bombs.
  var entityBudget = 1 << 20
  /// Names of entities left unexpanded.
  var unexpanded: Set<String> = []

  /// The line of the first element whose nesting was opened.
  var flattenedLine: Int?

  /// How deep the Swift tree is kept as libxml2 built it (the readers walk it recursively).
  static let maximumDepth = 512
  /// How many levels a subtree below `maximumDepth` may span and still be kept whole.
  static let spliceWindow = 32

  mutating func element(_ node: xmlNodePtr, depth: Int) -> MarkupElement? {
    guard var result = shell(node) else { return nil }
    guard depth < Self.maximumDepth else {
      result.children = spliced(node)
      return result
    }
    var child = node.pointee.children
    var pendingText = ""
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE where current.pointee._private == StreamedChildren.handedOver:
        break
      case XML_ELEMENT_NODE:
        if !pendingText.isEmpty {
          result.children.append(.text(pendingText))
          pendingText = ""
        }
        if let converted = element(current, depth: depth + 1) {
          result.children.append(.element(converted))
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_ENTITY_REF_NODE:
        pendingText += characterData(current)
      default:
        break
      }
      child = current.pointee.next
    }
    if !pendingText.isEmpty { result.children.append(.text(pendingText)) }
    return result
  }

  /// An element's name, namespace, attributes and line, without its content.
  private func shell(_ node: xmlNodePtr) -> MarkupElement? {
    guard node.pointee.type == XML_ELEMENT_NODE, let rawName = node.pointee.name else {
      return nil
    }
    var name = String(cString: rawName)
    if html { name = name.lowercased() }
    return MarkupElement(
      name: name, namespace: node.pointee.ns?.pointee.href.map { String(cString: $0) },
      attributes: attributes(node), line: Int(xmlGetLineNo(node)))
  }

  /// The content of `node`, an element at `maximumDepth`, with its nesting opened so that
  /// nothing below it is lost: a child whose subtree spans fewer than `spliceWindow` levels
  /// is kept whole; a deeper one is replaced, in place, by an empty copy of itself (name and
  /// attributes, so a block element still starts a paragraph), its own content opened the
  /// same way, and a second empty copy where it closes. Text keeps its document order. The
  /// walk keeps its own stack: no recursion however deep the page.
  mutating func spliced(_ node: xmlNodePtr) -> [MarkupNode] {
    var out: [MarkupNode] = []
    var pendingText = ""
    var stack: [(next: xmlNodePtr?, closing: MarkupElement?)] = [(node.pointee.children, nil)]
    while var top = stack.popLast() {
      guard let current = top.next else {
        if let closing = top.closing {
          if !pendingText.isEmpty { out.append(.text(pendingText)) }
          pendingText = ""
          out.append(.element(closing))
        }
        continue
      }
      top.next = current.pointee.next
      stack.append(top)
      switch current.pointee.type {
      case XML_ELEMENT_NODE where current.pointee._private == StreamedChildren.handedOver:
        break
      case XML_ELEMENT_NODE:
        if !pendingText.isEmpty { out.append(.text(pendingText)) }
        pendingText = ""
        if Self.spans(current, fewerThan: Self.spliceWindow) {
          if let whole = element(current, depth: Self.maximumDepth - Self.spliceWindow) {
            out.append(.element(whole))
          }
        } else if let opened = shell(current) {
          if flattenedLine == nil { flattenedLine = opened.line }
          out.append(.element(opened))
          stack.append((current.pointee.children, opened))
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_ENTITY_REF_NODE:
        pendingText += characterData(current)
      default:
        break
      }
    }
    if !pendingText.isEmpty { out.append(.text(pendingText)) }
    return out
  }

  /// Whether the elements of `node`'s subtree nest fewer than `levels` deep below it.
  static func spans(_ node: xmlNodePtr, fewerThan levels: Int) -> Bool {
    var stack: [(node: xmlNodePtr, depth: Int)] = [(node, 0)]
    while let (current, depth) = stack.popLast() {
      guard depth < levels else { return false }
      var child = current.pointee.children
      while let next = child {
        if next.pointee.type == XML_ELEMENT_NODE { stack.append((next, depth + 1)) }
        child = next.pointee.next
      }
    }
    return true
  }

  /// The text of an internal entity that holds plain text only; external entities are
  /// never read and nested references are not expanded.
  /// The text a text, CDATA or entity-reference node stands for (`""` for any other).
  private mutating func characterData(_ node: xmlNodePtr) -> String {
    switch node.pointee.type {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      return node.pointee.content.map { String(cString: $0) } ?? ""
    case XML_ENTITY_REF_NODE:
      return entityText(node)
    default:
      return ""
    }
  }

  private mutating func entityText(_ node: xmlNodePtr) -> String {
    guard let name = node.pointee.name else { return "" }
    guard let entity = xmlGetDocEntity(document, name),
      entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, let content = entity.pointee.content
    else {
      unexpanded.insert(String(cString: name))
      return ""
    }
    let text = String(cString: content)
    guard !text.contains("&"), !text.contains("<"), text.utf8.count <= entityBudget else {
      unexpanded.insert(String(cString: name))
      return ""
    }
    entityBudget -= text.utf8.count
    return text
  }

  private func attributes(_ node: xmlNodePtr) -> [String: String] {
    var out: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
      defer { attribute = current.pointee.next }
      guard let rawName = current.pointee.name else { continue }
      var name = String(cString: rawName)
      if html { name = name.lowercased() }
      if let prefix = current.pointee.ns?.pointee.prefix, String(cString: prefix) == "xml" {
        name = "xml:" + name
      }
      var value = ""
      var part = current.pointee.children
      while let text = part {
        if let content = text.pointee.content { value += String(cString: content) }
        part = text.pointee.next
      }
      if out[name] == nil { out[name] = value }
    }
    return out
  }
}
