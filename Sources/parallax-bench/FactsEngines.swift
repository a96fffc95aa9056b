import ParallaxCorpus
import ParallaxFacts

/// An extractor the facts benchmark times: paragraph text in, number of things found out.
struct FactsEngine {
  /// What is measured, as printed.
  var name: String
  /// Extracts from one paragraph and returns how many items it found.
  var extract: (String) -> Int
}

/// The extractors to time. Each stage is added here once its branch has landed; until then
/// only a baseline scan runs, so that the harness itself can be checked.
enum FactsEngines {
  /// The engines available in this build, constructed (resources loaded) before timing.
  static func available() -> [FactsEngine] {
    [
      FactsEngine(name: "baseline digit-run scan (harness floor, not Parallax)") { text in
        var runs = 0
        var inDigits = false
        for byte in text.utf8 {
          let isDigit = byte >= 0x30 && byte <= 0x39
          if isDigit && !inDigits { runs += 1 }
          inDigits = isDigit
        }
        return runs
      }
    ]
  }
}
