/// The format a report was read from, detected from content, never from the file name.
public enum SourceFormat: String, Sendable, Codable, Hashable, CaseIterable {
  /// Plain text with optional leading metadata.
  case text
  /// An HTML article page.
  case html
  /// RSS 0.9x or 2.0.
  case rss
  /// RSS 1.0 (RDF).
  case rdf
  /// Atom 0.3 or 1.0.
  case atom
  /// IPTC NewsML-G2.
  case newsml
  /// IPTC NITF.
  case nitf
}
