import Foundation
import ParallaxFacts

// parallax-bench: the benchmarks of BENCHMARKS.md. Run from the package root.

let usage = """
  usage: parallax-bench generate FILE [--items N] [--megabytes M] [--seed S]
         parallax-bench feed FILE [--runs N] [--feedparser-runs N] [--no-xmllint]
         parallax-bench memory FILE [--limit MB]
         parallax-bench stages FILE [--runs N]
         parallax-bench feed-once FILE [--single] [--digest]
         parallax-bench facts [--megabytes M | --file F | --copy FOLDER,FOLDER]
                                [--language fr] [--runs N] [--python-kilobytes K]
                                [--only NAME]
         parallax-bench align [--dev DIR] [--sentences N] [--runs N] [--set name=value,…]
                              [--dictionary DIR] [--dump FILE]
                              [--memory 1000,10000,50000]
         parallax-bench align --comparable [--dev DIR] [--paragraphs N] [--runs N]
         parallax-bench tmx [--dev DIR] [--pairs N] [--runs N]
         parallax-bench glossary FILE [--concepts N] [--seed S]
         parallax-bench glossary-load FILE [--runs N] [--lookups N]
  """

func main() throws {
  let arguments = CommandLine.arguments
  guard arguments.count >= 2 else { throw BenchError.usage(usage) }
  let options = try Arguments(arguments.dropFirst(2))
  let file = options.positionals.first
  switch (arguments[1], file) {
  case ("generate", let file?):
    var generator = FeedGenerator(items: try options.int("items", 20_000))
    generator.targetBytes = try options.int("megabytes", 0) * 1_000_000
    generator.seed = UInt64(try options.int("seed", 2020))
    if options.options["items"] == nil && generator.targetBytes > 0 { generator.items = .max }
    var summary = FeedGenerator.Summary(items: 0, bytes: 0)
    let seconds = try BenchTools.seconds { summary = try generator.write(to: file) }
    print(
      "generated \(file): \(summary.items) items, \(BenchTools.format(Double(summary.bytes) / 1e6)) "
        + "MB in \(BenchTools.format(seconds, 2)) s")
  case ("feed", let file?):
    var benchmark = FeedBenchmark(path: file)
    benchmark.runs = try options.int("runs", 5)
    benchmark.feedparserRuns =
      options.flag("no-feedparser") ? 0 : try options.int("feedparser-runs", 3)
    benchmark.xmllint = !options.flag("no-xmllint")
    try benchmark.run()
  case ("memory", let file?):
    var benchmark = MemoryBenchmark(path: file)
    benchmark.limitMB = Double(try options.int("limit", 100))
    try benchmark.run()
  case ("stages", let file?):
    var benchmark = StagesBenchmark(path: file)
    benchmark.runs = try options.int("runs", 5)
    try benchmark.run()
  case ("feed-once", let file?):
    MemoryBenchmark.once(file, single: options.flag("single"), digest: options.flag("digest"))
  case ("facts", _):
    var benchmark = FactsBenchmark()
    benchmark.megabytes = Double(try options.int("megabytes", 3))
    benchmark.file = file ?? options.options["file"]
    benchmark.language = options.options["language"] ?? "fr"
    benchmark.copyFolders =
      options.options["copy"].map { $0.split(separator: ",").map(String.init) } ?? []
    benchmark.runs = try options.int("runs", 5)
    benchmark.only = options.options["only"]
    benchmark.pythonKilobytes =
      options.flag("no-python") ? 0 : try options.int("python-kilobytes", 100)
    try benchmark.run()
  case ("tmx", _):
    var benchmark = TMXBenchmark()
    benchmark.folder = options.options["dev"] ?? benchmark.folder
    benchmark.pairs = try options.int("pairs", 10_000)
    benchmark.runs = try options.int("runs", 5)
    try benchmark.run()
  case ("align", _) where options.flag("comparable"):
    var benchmark = ComparableBenchmark()
    benchmark.folder = options.options["dev"] ?? benchmark.folder
    benchmark.paragraphs = try options.int("paragraphs", 2000)
    benchmark.runs = try options.int("runs", 3)
    try benchmark.run()
  case ("align", _):
    var benchmark = AlignBenchmark()
    benchmark.folder = options.options["dev"] ?? benchmark.folder
    benchmark.sentences = try options.int("sentences", 0)
    benchmark.dump = options.options["dump"]
    benchmark.dictionary = options.options["dictionary"]
    benchmark.runs = try options.int("runs", 3)
    for setting in (options.options["set"] ?? "").split(separator: ",") {
      let parts = setting.split(separator: "=")
      guard parts.count == 2, let value = Double(parts[1]) else {
        throw BenchError.usage("--set needs name=value, not \(setting)")
      }
      benchmark.settings[String(parts[0])] = value
    }
    benchmark.memorySizes = (options.options["memory"] ?? "").split(separator: ",").compactMap {
      Int($0)
    }
    try benchmark.run()
  case ("glossary", let file?):
    var generator = GlossaryGenerator()
    generator.concepts = try options.int("concepts", 100_000)
    generator.seed = UInt64(try options.int("seed", 2020))
    var bytes = 0
    let seconds = try BenchTools.seconds { bytes = try generator.write(to: file) }
    print(
      "generated \(file): \(generator.concepts) concepts, "
        + "\(BenchTools.format(Double(bytes) / 1e6)) MB in \(BenchTools.format(seconds, 2)) s")
  case ("glossary-load", let file?):
    var benchmark = GlossaryBenchmark(path: file)
    benchmark.runs = try options.int("runs", 5)
    benchmark.lookups = try options.int("lookups", 20_000)
    try benchmark.run()
  default:
    throw BenchError.usage(usage)
  }
}

do {
  try main()
} catch {
  FileHandle.standardError.write(Data("parallax-bench: \(error)\n".utf8))
  exit(2)
}
