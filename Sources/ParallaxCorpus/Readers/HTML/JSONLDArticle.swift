import Foundation
import ParallaxXML

/// The schema.org article a page describes in `<script type="application/ld+json">`.
///
/// Objects are found at the top level, in arrays, in `@graph` and nested (`mainEntity`);
/// `@id` references to the publisher or authors are followed. A `NewsArticle` (or one of
/// its kinds) is preferred to a plain `Article`, `BlogPosting` or `Report`.
struct JSONLDArticle: Sendable, Hashable {
  /// `headline`, else `name`.
  var headline: String?
  /// `articleBody`.
  var body: String?
  /// `datePublished`.
  var published: String?
  /// `dateModified`.
  var modified: String?
  /// `inLanguage`.
  var language: String?
  /// The names in `author`.
  var authors: [String] = []
  /// `publisher.name`.
  var publisher: String?
  /// `url`, else `mainEntityOfPage`.
  var url: String?
  /// `description`.
  var summary: String?

  /// The best article among the JSON-LD blocks of a page, or `nil`.
  static func find(in scripts: [String]) -> JSONLDArticle? {
    var objects: [[String: Any]] = []
    for script in scripts {
      guard let value = parse(script) else { continue }
      collect(value, into: &objects, depth: 0)
    }
    var byID: [String: [String: Any]] = [:]
    for object in objects {
      if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object }
    }
    let ranked = objects.enumerated().compactMap { offset, object -> (Int, Int)? in
      let rank = types(object).map(rank).max() ?? 0
      return rank > 0 ? (rank, offset) : nil
    }
    guard let best = ranked.max(by: { ($0.0, -$0.1) < ($1.0, -$1.1) }) else { return nil }
    return JSONLDArticle(objects[best.1], byID: byID)
  }

  private init(_ object: [String: Any], byID: [String: [String: Any]]) {
    func resolve(_ value: Any?) -> Any? {
      if let dictionary = value as? [String: Any], dictionary.count == 1,
        let id = dictionary["@id"] as? String, let found = byID[id]
      {
        return found
      }
      return value
    }
    headline = Self.string(object["headline"]) ?? Self.string(object["name"])
    body = Self.string(object["articleBody"])
    published = Self.string(object["datePublished"])
    modified = Self.string(object["dateModified"])
    language = Self.name(resolve(object["inLanguage"]))
    summary = Self.string(object["description"])
    let authorValue = object["author"] ?? object["creator"]
    let authorList = (authorValue as? [Any]) ?? (authorValue.map { [$0] } ?? [])
    var seen: Set<String> = []
    authors = authorList.compactMap { Self.name(resolve($0)) }.filter { seen.insert($0).inserted }
    publisher = Self.name(resolve(object["publisher"]))
    url =
      Self.string(object["url"]) ?? Self.string(object["mainEntityOfPage"])
      ?? Self.string((object["mainEntityOfPage"] as? [String: Any])?["@id"])
  }

  /// Parses a script's text; raw line breaks inside strings (common in `articleBody`) are
  /// tolerated.
  private static func parse(_ script: String) -> Any? {
    let trimmed = script.trimmingCharacters(in: .whitespacesAndNewlines)
    let cleaned =
      trimmed.hasPrefix("<!--")
      ? String(trimmed.dropFirst(4).dropLast(trimmed.hasSuffix("-->") ? 3 : 0)) : trimmed
    if let value = try? JSONSerialization.jsonObject(with: Data(cleaned.utf8)) { return value }
    let escaped = cleaned.replacingOccurrences(of: "\r\n", with: "\\n")
      .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\n")
      .replacingOccurrences(of: "\t", with: " ")
    return try? JSONSerialization.jsonObject(with: Data(escaped.utf8))
  }

  private static func collect(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
    guard depth < 8 else { return }
    if let array = value as? [Any] {
      for element in array { collect(element, into: &objects, depth: depth + 1) }
    } else if let object = value as? [String: Any] {
      objects.append(object)
      for key in object.keys.sorted() where key != "@context" {
        if let nested = object[key], nested is [Any] || nested is [String: Any] {
          collect(nested, into: &objects, depth: depth + 1)
        }
      }
    }
  }

  private static func types(_ object: [String: Any]) -> [String] {
    if let type = object["@type"] as? String { return [type] }
    return (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
  }

  private static func rank(_ type: String) -> Int {
    let local = type.split(separator: "/").last.map(String.init) ?? type
    if local.hasSuffix("NewsArticle") { return 3 }
    switch local {
    case "Article", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
      "TechArticle", "SocialMediaPosting":
      return 2
    default: return 0
    }
  }

  /// A string, or the first string of an array.
  private static func string(_ value: Any?) -> String? {
    if let text = value as? String {
      return MarkupElement.folded(text) == nil ? nil : CharacterReferences.decode(text)
    }
    if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
    return nil
  }

  /// A name: a string, or an object's `name` (or `alternateName`).
  private static func name(_ value: Any?) -> String? {
    if let text = string(value) { return MarkupElement.folded(text) }
    guard let object = value as? [String: Any] else { return nil }
    return (string(object["name"]) ?? string(object["alternateName"])).flatMap {
      MarkupElement.folded($0)
    }
  }
}
