import Foundation
import ParallaxCorpus
import ParallaxTestSupport
import Testing

@testable import ParallaxFacts

/// Hostile paragraphs finish in bounded time without a crash; exact values survive JSON.
@Suite struct FigureRobustnessTests {
  /// The thread's CPU seconds `body` takes: a bound on work, whatever else the machine runs.
  static func elapsed(_ body: () -> Void) -> Double {
    ThreadCPUTime.measure(body)
  }

  @Test func longRunOfDigits() {
    let text = String(repeating: "1234567890", count: 20_000)
    var figures: [Figure] = []
    let seconds = FigureRobustnessTests.elapsed {
      figures = FigureExtractor(language: "fr").figures(in: text)
    }
    #expect(seconds < 10)
    #expect(figures.count <= 1)
  }

  @Test func digitsSeparatedBySpaces() {
    let text = (0..<20_000).map { String($0 % 1000) }.joined(separator: " ")
    let seconds = FigureRobustnessTests.elapsed {
      _ = FigureExtractor(language: "fr").figures(in: text)
      _ = FigureExtractor(language: "en").numbers(in: text)
    }
    #expect(seconds < 20)
  }

  @Test func manyCapitalizedWords() {
    let words = ["Ankara", "Idleb", "Erdogan", "Tausend", "Million", "Zwei", "Un", "Bir"]
    let text = (0..<20_000).map { words[$0 % words.count] }.joined(separator: " ")
    for language in ["de", "fr", "tr"] {
      let seconds = FigureRobustnessTests.elapsed {
        _ = FigureExtractor(language: language).figures(in: text)
      }
      #expect(seconds < 20)
    }
  }

  @Test func mixedScripts() {
    let piece = "٣ ملايين 22 морта 1.000 Tote 2,5 milliards 五 ½ 𝟙𝟚 \u{202F}000 %50 قتيلا "
    let text = String(repeating: piece, count: 2_000)
    for language in ["ar", "ru", "de", "fr", "tr", "xx"] {
      let figures = FigureExtractor(language: language).figures(in: text)
      let count = text.unicodeScalars.count
      #expect(figures.allSatisfy { $0.range.start >= 0 && $0.range.end <= count })
    }
  }

  @Test func emptyAndTinyInputs() {
    for text in ["", " ", "-", ",", "%", "'", "٫", "1", "un", "½"] {
      for language in ["fr", "en", "de", "es", "tr", "ar", "ru"] {
        _ = FigureExtractor(language: language).figures(in: text)
      }
    }
  }

  @Test func diagnosticsNameMissingData() {
    #expect(FigureExtractor(language: "fr").diagnostics.isEmpty)
    let italian = FigureExtractor(language: "it").diagnostics
    #expect(italian.count == 2)
    #expect(italian.allSatisfy { $0.severity == .warning && $0.message.contains("\"it\"") })
  }

  @Test func exactNumberJSON() throws {
    let values = ["2500000000", "-2.5", "2/3", "0.000001", "123456789012345678901234"]
    for value in values {
      let number = try #require(ExactNumber(string: value))
      let data = try JSONEncoder().encode(number)
      #expect(try JSONDecoder().decode(String.self, from: data) == value)
      #expect(try JSONDecoder().decode(ExactNumber.self, from: data) == number)
    }
    #expect(ExactNumber(2) / ExactNumber(4) == ExactNumber(string: "0.5"))
    #expect((ExactNumber(1) / ExactNumber(3)).description == "1/3")
  }

  @Test func figureJSONRoundTrip() throws {
    let figures = FigureExtractor(language: "fr").figures(
      in: "Au moins 22 soldats turcs ont été tués et 2,5 milliards d'euros")
    #expect(figures.count == 2)
    let data = try JSONEncoder().encode(figures)
    #expect(try JSONDecoder().decode([Figure].self, from: data) == figures)
    #expect(String(decoding: data, as: UTF8.self).contains("\"2500000000\""))
  }
}

/// Throughput on news-like text; prints MB/s (meaningful in release:
/// `FIG_SPEED=1 swift test -c release --filter FigureSpeedTests`).
@Suite struct FigureSpeedTests {
  static let paragraph = """
    Au moins 22 soldats turcs ont été tués, jeudi 27 février, dans des frappes aériennes du \
    régime syrien dans la région d'Idleb, dans le nord-ouest de la Syrie, selon les autorités. \
    Une escalade brutale qui risque de déclencher une riposte ferme d'Ankara. Plusieurs \
    militaires ont par ailleurs été grièvement blessés et rapatriés pour être hospitalisés, a \
    déclaré le gouverneur de la province de Hatay, frontalière de la Syrie, à l'agence de \
    presse étatique turque Anadolu. L'OSDH avait fait état de plus de 30 soldats turcs tués \
    dans des bombardements, et l'aide s'élève à 2,5 milliards d'euros pour 1 000 000 de \
    déplacés.
    """

  @Test func throughput() {
    guard ProcessInfo.processInfo.environment["FIG_SPEED"] != nil else { return }
    let extractor = FigureExtractor(language: "fr")
    let paragraphs = Array(repeating: FigureSpeedTests.paragraph, count: 2_000)
    let bytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
    var count = 0
    let start = Date()
    let cpuStart = ThreadCPUTime.now()
    for paragraph in paragraphs { count += extractor.figures(in: paragraph).count }
    let cpu = ThreadCPUTime.now() - cpuStart
    let seconds = Date().timeIntervalSince(start)
    print(
      String(
        format: "figures fr: %.2f MB/s of CPU time (%.2f MB/s wall; %d bytes, %d figures)",
        Double(bytes) / cpu / 1_000_000, Double(bytes) / seconds / 1_000_000, bytes, count))
    #expect(count == 2_000 * 5)
  }
}
