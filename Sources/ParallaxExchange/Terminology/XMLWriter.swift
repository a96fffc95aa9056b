import ParallaxXML

/// Builds an XML document as text, escaping every value it is given.
///
/// Text escapes `&`, `<`, `>` and a carriage return (which a parser would turn into a line
/// feed); attribute values escape the quotes, tabs and line breaks too, so that they read
/// back unchanged. Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF) are left out and counted in `dropped`.
struct XMLWriter {
  private(set) var output = ""
  /// How many characters XML could not hold.
  private(set) var dropped = 0
  private var depth = 0
  private var open: [String] = []

  init() {
    output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  }

  /// Opens `<name attributes…>` on its own line.
  mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
    indent()
    output += "<" + name + attributeText(attributes) + ">\n"
    open.append(name)
    depth += 1
  }

  /// Closes the innermost open element.
  mutating func end() {
    guard let name = open.popLast() else { return }
    depth -= 1
    indent()
    output += "</" + name + ">\n"
  }

  /// Writes `<name attributes…>text</name>` on one line.
  mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
    indent()
    output += "<" + name + attributeText(attributes) + ">" + escaped(text, attribute: false)
    output += "</" + name + ">\n"
  }

  private mutating func indent() {
    output += String(repeating: "  ", count: depth)
  }

  private mutating func attributeText(_ attributes: [(String, String)]) -> String {
    var out = ""
    for (name, value) in attributes {
      out += " " + name + "=\"" + escaped(value, attribute: true) + "\""
    }
    return out
  }

  /// `value` escaped for XML text or a double-quoted attribute (`XMLEscaping`, the one XML
  /// escaping of the project); the characters XML cannot hold are counted in `dropped`.
  mutating func escaped(_ value: String, attribute: Bool) -> String {
    dropped += value.unicodeScalars.reduce(0) { $0 + (XMLEscaping.isAllowed($1) ? 0 : 1) }
    return attribute ? XMLEscaping.attribute(value) : XMLEscaping.text(value)
  }
}
