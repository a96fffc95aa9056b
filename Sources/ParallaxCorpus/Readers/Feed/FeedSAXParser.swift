import CLibXML2
import Foundation
import ParallaxXML

/// libxml2's push parser in SAX2 and recover mode, streaming a feed into a `FeedHandler`.
///
/// The only file that touches libxml2's parser. Safe settings: no network, no DTD loading,
/// no entity substitution, errors collected per parse (never printed). HTML named entities
/// and the document's own internal entities are answered by `FeedEntityResolver`.
///
/// Used by one thread for one parse; its stored properties, read in every SAX callback, skip
/// the run-time exclusivity checks (`@exclusivity(unchecked)`, as `FeedHandler`).
final class FeedSAXParser {
  /// What receives the parsed events. Not retained (no reference counting on each SAX
  /// event): whoever creates the parser keeps the handler alive as long as the parser
  /// (`FeedStream` holds both).
  private let handlerReference: Unmanaged<FeedHandler>

  /// The handler (see `handlerReference`).
  var handler: FeedHandler { handlerReference.takeUnretainedValue() }
  /// Entities declared in the document, HTML entities, and their C copies.
  let entities: FeedEntityResolver
  /// libxml2's errors and fatal errors, in order (warnings are dropped).
  @exclusivity(unchecked) private(set) var errors:
    [(line: Int, column: Int, message: String, code: Int)] = []
  /// How many errors were not kept.
  @exclusivity(unchecked) private(set) var droppedErrors = 0
  /// Parameter entities of the DTD that were referred to but, being external, never loaded.
  @exclusivity(unchecked) private(set) var unloadedParameterEntities: [String] = []
  /// The last error met, kept even when `errors` is full: where a halted parse stopped.
  @exclusivity(unchecked) private(set) var lastError: (line: Int, column: Int)?
  /// Lines before the text the current context parses (after a restart).
  @exclusivity(unchecked) private var lineOffset = 0
  @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
  @exclusivity(unchecked) private var names: [NamePointers: FeedName] = [:]
  /// A direct-mapped cache in front of `names` (libxml2 interns names: one pointer each).
  /// The names are not retained here: `names` keeps them alive (and is emptied only
  /// together with this cache).
  @exclusivity(unchecked) private var recentNames = ContiguousArray<
    (local: UInt, uri: UInt, name: Unmanaged<FeedName>)?
  >(
    repeating: nil, count: 256)
  @exclusivity(unchecked) private var attributeKeys: [NamePointers: FeedAttributes.Key?] = [:]
  @exclusivity(unchecked) private var rootURI: String?

  private struct NamePointers: Hashable {
    var local: UInt
    var uri: UInt
  }

  init(handler: FeedHandler, entities: FeedEntityResolver) {
    handlerReference = Unmanaged.passUnretained(handler)
    self.entities = entities
  }

  deinit { freeContext() }

  private func freeContext() {
    if let context {
      if let document = context.pointee.myDoc { xmlFreeDoc(document) }
      xmlFreeParserCtxt(context)
    }
    context = nil
  }

  /// The line libxml2 has reached.
  var line: Int { Int(context?.pointee.input?.pointee.line ?? 0) + lineOffset }

  /// Whether libxml2 gave up on the document (it does, even in recover mode, on some errors).
  /// A normal end of the document is not a halt: libxml2 halts on an error and stops
  /// calling back.
  var isHalted: Bool {
    guard !isStopped, let context, errorsSinceStart > 0 else { return false }
    return context.pointee.instate == XML_PARSER_EOF && context.pointee.disableSAX != 0
  }

  /// Errors met since the current parse started.
  @exclusivity(unchecked) private var errorsSinceStart = 0

  /// Drops the current parse; the next bytes start a new one, whose line 1 is line
  /// `lineOffset + 1` of the document.
  func restart(lineOffset: Int) {
    freeContext()
    errorsSinceStart = 0
    names.removeAll()
    for slot in recentNames.indices { recentNames[slot] = nil }
    attributeKeys.removeAll()
    self.lineOffset = lineOffset
  }

  /// Whether the parse has met no error so far.
  var isWellFormed: Bool { (context?.pointee.wellFormed ?? 1) != 0 }

  /// Parses the next bytes; `final` ends the document.
  func parse(_ bytes: UnsafeRawBufferPointer, final: Bool) {
    guard !isStopped else { return }
    let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
    if context == nil {
      _ = LibXML2Setup.ready
      var sax = Self.makeHandler()
      let first = min(4, bytes.count)
      let user = Unmanaged.passUnretained(self).toOpaque()
      context = xmlCreatePushParserCtxt(&sax, user, base, Int32(first), nil)
      guard let context else { return }
      let options =
        Int32(XML_PARSE_RECOVER.rawValue) | Int32(XML_PARSE_NONET.rawValue)
        | Int32(XML_PARSE_NOERROR.rawValue) | Int32(XML_PARSE_NOWARNING.rawValue)
        | Int32(XML_PARSE_NOCDATA.rawValue) | Int32(XML_PARSE_COMPACT.rawValue)
      xmlCtxtUseOptions(context, options)
      push(UnsafeRawBufferPointer(rebasing: bytes[first...]), final: final, to: context)
      return
    }
    guard let context else { return }
    push(bytes, final: final, to: context)
  }

  /// How many bytes go to libxml2 at a time. libxml2's push parser moves the bytes it has
  /// not parsed yet to the front of its buffer every 4 KiB of progress: with the reader's
  /// 1 MiB chunks handed over whole, that moved hundreds of megabytes per 20 MB feed.
  static let pieceSize = 1 << 14

  private func push(_ bytes: UnsafeRawBufferPointer, final: Bool, to context: xmlParserCtxtPtr) {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else {
      xmlParseChunk(context, nil, 0, final ? 1 : 0)
      return
    }
    var offset = 0
    repeat {
      let length = min(Self.pieceSize, bytes.count - offset)
      let last = offset + length == bytes.count
      xmlParseChunk(context, base + offset, Int32(length), last && final ? 1 : 0)
      offset += length
    } while offset < bytes.count && context.pointee.instate != XML_PARSER_EOF
  }

  /// Whether `stop()` was called: nothing more is parsed, not even after a restart.
  @exclusivity(unchecked) private(set) var isStopped = false

  /// Stops the parse for good (the report sink failed or stopped).
  func stop() {
    isStopped = true
    if let context { xmlStopParser(context) }
  }

  fileprivate func record(_ error: xmlErrorPtr) {
    let level = error.pointee.level
    guard level == XML_ERR_ERROR || level == XML_ERR_FATAL else { return }
    let line = Int(error.pointee.line) > 0 ? Int(error.pointee.line) + lineOffset : 0
    lastError = (line, Int(error.pointee.int2))
    errorsSinceStart += 1
    guard errors.count < 50 else {
      droppedErrors += 1
      return
    }
    let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    if message.hasPrefix("PEReference:") {
      // `%HTMLlat1;` declared as external: Parallax never loads it, which is no error.
      let name = message.dropFirst("PEReference:".count).split(separator: " ").first
      if let name, !unloadedParameterEntities.contains(String(name)) {
        unloadedParameterEntities.append(String(name))
      }
      return
    }
    errors.append(
      (
        line, Int(error.pointee.int2),
        message.trimmingCharacters(in: [" ", "\n"]), Int(error.pointee.code)
      ))
  }

  /// Calls `body` with the name of an element (one object per distinct name, interned by
  /// libxml2's pointers), without reference counting when it is in the recent cache.
  @inline(__always)
  fileprivate func withName(
    _ local: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ body: (FeedName) -> Void
  ) {
    let key = NamePointers(local: UInt(bitPattern: local), uri: UInt(bitPattern: uri))
    let mixed = (UInt64(key.local) ^ UInt64(key.uri) &<< 17) &* 0x9E37_79B9_7F4A_7C15
    let slot = Int(truncatingIfNeeded: mixed >> 56)
    if let recent = recentNames[slot], recent.local == key.local, recent.uri == key.uri {
      recent.name._withUnsafeGuaranteedRef(body)
      return
    }
    body(name(key, local, uri, slot: slot))
  }

  private func name(
    _ key: NamePointers, _ local: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
    slot: Int
  ) -> FeedName {
    if let known = names[key] {
      recentNames[slot] = (key.local, key.uri, Unmanaged.passUnretained(known))
      return known
    }
    let written = local.map { String(cString: $0) } ?? ""
    let uriText = uri.map { String(cString: $0) } ?? ""
    if rootURI == nil { rootURI = uriText }
    let name = FeedName(
      namespace: FeedNamespace(uri: uriText, root: rootURI), local: written.lowercased(),
      written: written, uri: uriText)
    names[key] = name
    recentNames[slot] = (key.local, key.uri, Unmanaged.passUnretained(name))
    return name
  }

  fileprivate func attributes(
    _ count: Int, _ values: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) -> FeedAttributes {
    var out = FeedAttributes()
    guard count > 0, let values else { return out }
    for index in 0..<count {
      let slot = values + index * 5
      let key = NamePointers(
        local: UInt(bitPattern: slot[0]), uri: UInt(bitPattern: slot[2]))
      let attributeKey: FeedAttributes.Key?
      if let known = attributeKeys[key] {
        attributeKey = known
      } else {
        let local = slot[0].map { String(cString: $0) } ?? ""
        let uri = slot[2].map { String(cString: $0) } ?? ""
        attributeKey = FeedAttributes.key(
          local: local, namespace: FeedNamespace(uri: uri, root: nil))
        attributeKeys[key] = attributeKey
      }
      guard let attributeKey, let start = slot[3], let end = slot[4] else { continue }
      let value = String(
        decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
      out.set(attributeKey, value)
    }
    return out
  }

  private static func parser(_ user: UnsafeMutableRawPointer?) -> FeedSAXParser? {
    guard let user else { return nil }
    return Unmanaged<FeedSAXParser>.fromOpaque(user).takeUnretainedValue()
  }

  /// Calls `body` with the parser behind `user` without retaining it (it outlives the
  /// parse): the hot callbacks (elements, characters) run this once per SAX event.
  @inline(__always)
  private static func withParser(
    _ user: UnsafeMutableRawPointer?, _ body: (FeedSAXParser) -> Void
  ) {
    guard let user else { return }
    Unmanaged<FeedSAXParser>.fromOpaque(user)._withUnsafeGuaranteedRef(body)
  }

  private static func makeHandler() -> xmlSAXHandler {
    var sax = xmlSAXHandler()
    sax.initialized = XML_SAX2_MAGIC
    sax.startElementNs = { user, local, _, uri, _, _, count, _, attributes in
      FeedSAXParser.withParser(user) { parser in
        let found = parser.attributes(Int(count), attributes)
        parser.withName(local, uri) { name in
          parser.handlerReference._withUnsafeGuaranteedRef { $0.start(name, found) }
        }
      }
    }
    sax.endElementNs = { user, local, _, uri in
      FeedSAXParser.withParser(user) { parser in
        parser.withName(local, uri) { name in
          parser.handlerReference._withUnsafeGuaranteedRef { $0.end(name) }
        }
      }
    }
    sax.characters = { user, bytes, length in
      guard let bytes, length > 0 else { return }
      FeedSAXParser.withParser(user) { parser in
        let text = UnsafeBufferPointer(start: bytes, count: Int(length))
        parser.handlerReference._withUnsafeGuaranteedRef { $0.text(text) }
      }
    }
    sax.cdataBlock = sax.characters
    sax.getEntity = { user, name in
      guard let parser = FeedSAXParser.parser(user), let name else { return nil }
      return parser.entities.entity(named: String(cString: name))
    }
    sax.entityDecl = { user, name, type, publicID, systemID, content in
      guard let parser = FeedSAXParser.parser(user), let name else { return }
      parser.entities.declare(
        name: String(cString: name), type: Int(type),
        systemID: (systemID ?? publicID).map { String(cString: $0) },
        content: content.map { String(cString: $0) })
    }
    sax.serror = { user, error in
      guard let parser = FeedSAXParser.parser(user), let error else { return }
      parser.record(error)
    }
    return sax
  }
}
