import Foundation
import ParallaxFacts
import ParallaxGlossary

/// `parallax-bench glossary-load FILE`: the CPU time of reading a (large) glossary, of
/// building its shared name index and of a facts extractor that knows it, the peak resident
/// memory, and the latency of `Glossary.lookup` and of reading its first match (p50, p99) on
/// terms of the glossary written in other cases.
struct GlossaryBenchmark {
  /// The glossary file (TSV).
  var path: String
  /// Timed runs of the load (the median is printed).
  var runs = 5
  /// Timed look-ups.
  var lookups = 20_000

  /// Runs the load `runs` times, then the look-ups, and prints the figures.
  func run() throws {
    var parse: [Double] = []
    var index: [Double] = []
    var extractor: [Double] = []
    var glossary = Glossary()
    for _ in 0..<max(runs, 1) {
      var start = BenchTools.threadCPUSeconds()
      glossary = try Glossary(contentsOf: URL(fileURLWithPath: path))
      parse.append(BenchTools.threadCPUSeconds() - start)
      start = BenchTools.threadCPUSeconds()
      let built = glossary.nameIndex
      index.append(BenchTools.threadCPUSeconds() - start)
      start = BenchTools.threadCPUSeconds()
      _ = FactExtractor(glossaries: [glossary])
      extractor.append(BenchTools.threadCPUSeconds() - start)
      precondition(built.nodeCount > 1)
    }
    let peak = BenchTools.peakRSSMB()
    let nodes = glossary.nameIndex.nodeCount
    let ms = { (values: [Double]) in BenchTools.format(BenchTools.median(values) * 1000) }
    print(
      "glossary-load \(path): \(glossary.count) concepts, \(nodes) trie nodes; CPU median of "
        + "\(parse.count): parse \(ms(parse)) ms, shared index \(ms(index)) ms, facts extractor "
        + "\(ms(extractor)) ms; peak RSS \(BenchTools.format(peak)) MB")
    // Look-ups: variants of entries picked with a fixed stride, in capitals, lower case, or
    // with a typographic apostrophe elision before them; a tenth are unknown words.
    var terms: [(String, String?)] = []
    var pick = 7
    while terms.count < lookups, glossary.count > 0 {
      pick = (pick &* 1_103_515_245 &+ 12_345) & 0x7FFF_FFFF
      let entry = glossary.entries[pick % glossary.count]
      let languages = entry.terms.keys.sorted()
      let language = languages[pick % languages.count]
      let variant = entry.terms[language]?.first ?? entry.id
      switch terms.count % 10 {
      case 0: terms.append(("Zzq" + variant.lowercased(), nil))
      case 1, 2: terms.append((variant.uppercased(), nil))
      case 3: terms.append((variant.lowercased(), language))
      default: terms.append((variant, nil))
      }
    }
    var nanos: [Double] = []
    var hits = 0
    nanos.reserveCapacity(terms.count)
    for (term, language) in terms {
      // Timed: the look-up and the first concept it found, as a caller reads it (the other
      // matches' entries are made only when read).
      let start = DispatchTime.now().uptimeNanoseconds
      let found = glossary.lookup(term, language: language)
      let first = found.first
      nanos.append(Double(DispatchTime.now().uptimeNanoseconds - start))
      if first != nil { hits += 1 }
    }
    nanos.sort()
    let quantile = { (q: Double) in
      nanos.isEmpty ? 0 : nanos[min(nanos.count - 1, Int(Double(nanos.count) * q))]
    }
    print(
      "lookup: \(terms.count) terms, \(hits) found; p50 \(BenchTools.format(quantile(0.5) / 1000, 2)) µs, "
        + "p99 \(BenchTools.format(quantile(0.99) / 1000, 2)) µs, max \(BenchTools.format((nanos.last ?? 0) / 1000, 2)) µs"
    )
    let tolerant = tolerantLookups(glossary, terms.count)
    print(
      "summary glossary-load concepts=\(glossary.count) nodes=\(nodes) "
        + "parse_ms=\(ms(parse)) index_ms=\(ms(index)) extractor_ms=\(ms(extractor)) "
        + "peak_rss_mb=\(BenchTools.format(peak)) lookup_p50_us=\(BenchTools.format(quantile(0.5) / 1000, 2)) "
        + "lookup_p99_us=\(BenchTools.format(quantile(0.99) / 1000, 2)) "
        + "tolerant_p50_us=\(BenchTools.format(tolerant.p50, 2)) "
        + "tolerant_p99_us=\(BenchTools.format(tolerant.p99, 2))")
  }

  /// `GlossaryLookup` (what `parallax glossary lookup` runs) on inflected and elided forms of
  /// the glossary's variants (`d'` + French, Russian + `е`, Arabic `ب` + variant, Turkish +
  /// `'de`), variants in lower case and unknown words; prints and returns p50 and p99 in µs
  /// (the language views built by a first, untimed look-up).
  private func tolerantLookups(_ glossary: Glossary, _ count: Int) -> (p50: Double, p99: Double) {
    let lookup = GlossaryLookup(glossary: glossary)
    // The first look-up of an unknown word builds every language's name view (what `facts`
    // builds for each language it reads).
    let start = BenchTools.threadCPUSeconds()
    _ = lookup.lookup("Zzqx")
    let views = (BenchTools.threadCPUSeconds() - start) * 1000
    var terms: [String] = []
    var pick = 11
    while terms.count < count, glossary.count > 0 {
      pick = (pick &* 1_103_515_245 &+ 12_345) & 0x7FFF_FFFF
      let entry = glossary.entries[pick % glossary.count]
      let form: String?
      switch terms.count % 6 {
      case 0: form = entry.terms["fr"]?.first.map { "d’" + $0 }
      case 1: form = entry.terms["ru"]?.first.map { $0 + "е" }
      case 2: form = entry.terms["ar"]?.first.map { "ب" + $0 }
      case 3: form = entry.terms["tr"]?.first.map { $0 + "'de" }
      case 4: form = entry.terms["en"]?.first?.lowercased()
      default: form = "Zzq" + entry.id
      }
      terms.append(form ?? entry.id)
    }
    var nanos: [Double] = []
    var hits = 0
    for term in terms {
      let start = DispatchTime.now().uptimeNanoseconds
      let found = lookup.lookup(term)
      nanos.append(Double(DispatchTime.now().uptimeNanoseconds - start))
      if !found.isEmpty { hits += 1 }
    }
    nanos.sort()
    let quantile = { (q: Double) in
      nanos.isEmpty ? 0 : nanos[min(nanos.count - 1, Int(Double(nanos.count) * q))] / 1000
    }
    print(
      "tolerant lookup (d’ + fr, ru + е, ب + ar, tr + 'de, lower case, unknown): \(terms.count) "
        + "terms, \(hits) found (language views built in \(BenchTools.format(views)) ms); p50 \(BenchTools.format(quantile(0.5), 2)) µs, p99 "
        + "\(BenchTools.format(quantile(0.99), 2)) µs, max \(BenchTools.format(quantile(1), 2)) µs")
    return (quantile(0.5), quantile(0.99))
  }
}
