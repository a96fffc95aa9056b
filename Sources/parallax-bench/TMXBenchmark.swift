import Foundation
import ParallaxAlign
import ParallaxExchange

/// `parallax-bench tmx`: TMX export of aligned pairs. The Bleualign dev set is enlarged (as
/// `align --sentences` does) and aligned once by the parallel aligner; then, timed, the first
/// `pairs` beads become memory units (joined texts, five `prop`s each, as `tm export`
/// writes them), `TMXWriter` writes them and the file is saved; the file is then read back
/// by `BilingualReader.readMemory` (timed apart) and its unit count checked.
struct TMXBenchmark {
  var folder = "../shared/bench/align/bleualign-dev"
  var pairs = 10_000
  var runs = 5
  var output = FileManager.default.temporaryDirectory.appendingPathComponent(
    "parallax-bench.tmx"
  ).path

  func run() throws {
    var align = AlignBenchmark()
    align.folder = folder
    let (source, target, gold) = try align.load()
    var sides = (source, target, gold)
    // Enough sentences for `pairs` paired beads (some beads leave a sentence alone).
    sides = AlignBenchmark.enlarge(source, target, gold, to: pairs + pairs / 2)
    let alignment = Aligner().align(
      AlignmentSide(units: sides.0, language: "de", name: "dev.de"),
      AlignmentSide(units: sides.1, language: "fr", name: "dev.fr"))
    let beads = alignment.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }
      .prefix(pairs)
    guard beads.count == pairs else {
      throw BenchError.peerFailed("tmx export", "only \(beads.count) aligned pairs for \(pairs)")
    }
    var cpu: [Double] = []
    var wall: [Double] = []
    var bytes = 0
    for _ in 0..<runs {
      let timing = try BenchTools.timing {
        let units = beads.enumerated().map { index, bead in
          TranslationMemory.Unit(
            id: String(index + 1), sourceLanguage: "de",
            source: bead.source.map { sides.0[$0] }.joined(separator: " "),
            targetLanguage: "fr", target: bead.target.map { sides.1[$0] }.joined(separator: " "),
            properties: [
              TranslationMemory.Property("x-parallax-score", String(format: "%.3f", bead.score)),
              TranslationMemory.Property("x-parallax-source-report", "dev.de"),
              TranslationMemory.Property("x-parallax-target-report", "dev.fr"),
              TranslationMemory.Property(
                "x-parallax-units",
                "line " + bead.source.map(String.init).joined(separator: "+") + " → "
                  + bead.target.map(String.init).joined(separator: "+")),
              TranslationMemory.Property("x-parallax-source-date", "2020-02-28T08:10+01:00"),
            ])
        }
        let text = TMXWriter.write(
          TranslationMemory(
            header: TranslationMemory.Header(sourceLanguage: "de", segmentType: "sentence"),
            units: units))
        bytes = text.utf8.count
        try Data(text.utf8).write(to: URL(fileURLWithPath: output))
      }
      cpu.append(timing.cpu)
      wall.append(timing.wall)
    }
    var read = 0
    let reading = try BenchTools.timing {
      read = try BilingualReader.readMemory(path: output).segments.count
    }
    guard read == pairs else {
      throw BenchError.peerFailed("tmx export", "read back \(read) of \(pairs) units")
    }
    print(
      "tmx export of \(pairs) aligned pairs (\(BenchTools.format(Double(bytes) / 1e6, 2)) MB): "
        + "median CPU \(BenchTools.format(BenchTools.median(cpu) * 1000)) ms, wall "
        + "\(BenchTools.format(BenchTools.median(wall) * 1000)) ms over \(runs) runs; "
        + "read back \(read) units in \(BenchTools.format(reading.cpu * 1000)) ms CPU")
  }
}
