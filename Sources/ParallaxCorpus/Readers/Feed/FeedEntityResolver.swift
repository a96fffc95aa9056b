import CLibXML2
import Foundation

/// Answers libxml2's entity look-ups for one parse, safely.
///
/// HTML named entities (`&nbsp;`) and the document's own internal entities are given to the
/// parser as ready text, expanded here under a size budget: an expansion bomb ("billion
/// laughs") is refused with one diagnostic. External entities (`SYSTEM "file:///etc/passwd"`)
/// are never loaded: they expand to nothing, with a warning.
final class FeedEntityResolver {
  /// What happened to an entity, for a diagnostic.
  enum Problem: Equatable {
    /// Expanding it would pass the budget.
    case bomb(name: String)
    /// It points outside the document and was not loaded.
    case external(name: String, systemID: String?)
  }

  /// The most bytes one entity may expand to.
  static let expansionBudget = 100_000
  /// The deepest nesting of entity references.
  static let maximumDepth = 16

  /// Problems met, each once, in order.
  private(set) var problems: [Problem] = []
  private var declared: [String: String] = [:]
  private var externals: [String: String?] = [:]
  private var expanded: [String: [UInt8]?] = [:]
  private var made: [String: UnsafeMutablePointer<xmlEntity>] = [:]

  init() {}

  deinit {
    for entity in made.values {
      free(UnsafeMutableRawPointer(mutating: entity.pointee.name))
      free(entity.pointee.content)
      entity.deallocate()
    }
  }

  /// Records an entity declaration from the document's internal subset.
  func declare(name: String, type: Int, systemID: String?, content: String?) {
    switch UInt32(type) {
    case XML_INTERNAL_GENERAL_ENTITY.rawValue:
      if declared[name] == nil, externals[name] == nil { declared[name] = content ?? "" }
    case XML_EXTERNAL_GENERAL_PARSED_ENTITY.rawValue,
      XML_EXTERNAL_GENERAL_UNPARSED_ENTITY.rawValue:
      if declared[name] == nil, externals[name] == nil { externals[name] = systemID }
    default:
      break
    }
  }

  /// The entity libxml2 asked for, as predefined-style text, or `nil` when unknown.
  func entity(named name: String) -> xmlEntityPtr? {
    if let entity = made[name] { return entity }
    let value: [UInt8]
    if declared[name] != nil {
      guard let expansion = expand(name, depth: 0, stack: []) else {
        report(.bomb(name: name))
        return make(name, [])
      }
      value = expansion
    } else if let systemID = externals[name] {
      report(.external(name: name, systemID: systemID))
      value = []
    } else if let html = HTMLEntities.bytes(named: name.utf8) {
      value = html
    } else {
      return nil
    }
    return make(name, value)
  }

  private func report(_ problem: Problem) {
    if case .bomb = problem,
      problems.contains(where: { if case .bomb = $0 { true } else { false } })
    {
      return
    }
    if !problems.contains(problem) { problems.append(problem) }
  }

  private func make(_ name: String, _ value: [UInt8]) -> xmlEntityPtr {
    let entity = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
    entity.initialize(to: xmlEntity())
    entity.pointee.type = XML_ENTITY_DECL
    entity.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
    entity.pointee.name = UnsafePointer(copy(Array(name.utf8)))
    entity.pointee.content = copy(value)
    entity.pointee.length = Int32(value.count)
    made[name] = entity
    return entity
  }

  private func copy(_ bytes: [UInt8]) -> UnsafeMutablePointer<xmlChar> {
    let raw =
      malloc(bytes.count + 1)?.assumingMemoryBound(to: xmlChar.self)
      ?? UnsafeMutablePointer<xmlChar>.allocate(capacity: bytes.count + 1)
    bytes.withUnsafeBufferPointer { buffer in
      if let base = buffer.baseAddress { raw.update(from: base, count: bytes.count) }
    }
    raw[bytes.count] = 0
    return raw
  }

  /// The text of a declared entity with the references inside it expanded, or `nil` when
  /// it passes the budget, nests too deep or refers to itself.
  private func expand(_ name: String, depth: Int, stack: [String]) -> [UInt8]? {
    if let known = expanded[name] { return known }
    guard depth < Self.maximumDepth, !stack.contains(name), let content = declared[name]
    else { return nil }
    let bytes = Array(content.utf8)
    var out: [UInt8] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "&"),
        let semicolon = bytes[index...].prefix(64).firstIndex(of: UInt8(ascii: ";")),
        semicolon > index + 1
      else {
        out.append(byte)
        index += 1
        continue
      }
      let reference = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
      if let predefined = Self.predefined[reference] {
        out.append(predefined)
      } else if declared[reference] != nil {
        guard let inner = expand(reference, depth: depth + 1, stack: stack + [name]) else {
          expanded[name] = .some(nil)
          return nil
        }
        out += inner
      } else if externals[reference] != nil {
        report(.external(name: reference, systemID: externals[reference] ?? nil))
      } else if let html = HTMLEntities.bytes(named: reference.utf8) {
        out += html
      } else {
        out += bytes[index...semicolon]
      }
      if out.count > Self.expansionBudget {
        expanded[name] = .some(nil)
        return nil
      }
      index = semicolon + 1
    }
    expanded[name] = out
    return out
  }

  private static let predefined: [String: UInt8] = [
    "amp": UInt8(ascii: "&"), "lt": UInt8(ascii: "<"), "gt": UInt8(ascii: ">"),
    "quot": UInt8(ascii: "\""), "apos": UInt8(ascii: "'"),
  ]
}
