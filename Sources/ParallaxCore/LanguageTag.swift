import Foundation

/// Normalizes language declarations to BCP-47 tags.
public enum LanguageTag {
  /// `en-us` → `en-US`, `fr_FR` → `fr-FR`, `French` → `fr`, `FRE` → `fr`; `nil` for what is
  /// not a language.
  public static func normalize(_ declared: String) -> String? {
    let trimmed = declared.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n\"'"))
    guard !trimmed.isEmpty, trimmed.count <= 35 else { return nil }
    if let code = names[trimmed.lowercased()] { return code }
    let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" })
    guard let first = parts.first, (2...3).contains(first.count),
      first.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return nil }
    var primary = first.lowercased()
    if primary.count == 3, let two = threeLetter[primary] { primary = two }
    var tag = primary
    for part in parts.dropFirst() {
      guard part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }), part.count <= 8
      else { break }
      switch part.count {
      case 2 where part.allSatisfy({ $0.isLetter }): tag += "-" + part.uppercased()
      case 4: tag += "-" + part.prefix(1).uppercased() + part.dropFirst().lowercased()
      default: tag += "-" + part.lowercased()
      }
    }
    return tag
  }

  /// The primary language subtag: `en-US` → `en`.
  public static func primary(_ tag: String) -> String {
    String(tag.prefix { $0 != "-" }).lowercased()
  }

  private static let names: [String: String] = [
    "english": "en", "french": "fr", "français": "fr", "francais": "fr", "german": "de",
    "deutsch": "de", "spanish": "es", "español": "es", "espanol": "es", "turkish": "tr",
    "türkçe": "tr", "turkce": "tr", "arabic": "ar", "العربية": "ar", "russian": "ru",
    "русский": "ru", "italian": "it", "portuguese": "pt", "dutch": "nl", "persian": "fa",
    "farsi": "fa", "ukrainian": "uk", "chinese": "zh", "japanese": "ja",
  ]

  private static let threeLetter: [String: String] = [
    "eng": "en", "fre": "fr", "fra": "fr", "ger": "de", "deu": "de", "spa": "es", "tur": "tr",
    "ara": "ar", "rus": "ru", "ita": "it", "por": "pt", "dut": "nl", "nld": "nl", "per": "fa",
    "fas": "fa", "ukr": "uk", "chi": "zh", "zho": "zh", "jpn": "ja",
  ]
}
