import ParallaxXML

/// The translatable text of a segment element, inline markup handled the way each format
/// means it: codes (`bpt`, `ept`, `ph`, `it`, `ut` and their `sub`) hold the original
/// document's markup, never text, so they are left out; wrappers (`g`, `pc`, `mrk`, `hi`)
/// keep their text; XLIFF 2 `cp` stands for the code point its `hex` names.
enum InlineText {
  /// Elements whose content is native code, not text.
  static let codeElements: Set<String> = [
    "bpt", "ept", "ph", "it", "ut", "x", "bx", "ex", "sc", "ec", "sm", "em",
  ]

  /// The element's text with codes dropped and white space folded and trimmed.
  static func text(of element: MarkupElement) -> String {
    var out = ""
    append(element, to: &out)
    return MarkupElement.folded(out) ?? ""
  }

  private static func append(_ element: MarkupElement, to out: inout String) {
    for child in element.children {
      switch child {
      case .text(let text): out += text
      case .element(let inner):
        if inner.name == "cp" {
          if let hex = inner[attribute: "hex"], let value = UInt32(hex, radix: 16),
            let scalar = Unicode.Scalar(value)
          {
            out.unicodeScalars.append(scalar)
          }
        } else if !codeElements.contains(inner.name) {
          append(inner, to: &out)
        }
      }
    }
  }
}
