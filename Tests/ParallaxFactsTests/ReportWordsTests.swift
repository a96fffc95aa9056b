import Foundation
import ParallaxCorpus
import Synchronization
import Testing

@testable import ParallaxFacts

/// The word tables an extractor keeps from report to report change no finding: a report's
/// facts are the same whatever was read before it, and on several threads at once.
@Suite struct ReportWordsTests {
  static func corpusReports() -> [Report] {
    let root = CorpusFactsTests.root
    return ReportLoader().load([
      root.appendingPathComponent("Corpus").path,
      root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path,
    ]).reports
  }

  @Test func factsDoNotDependOnTheReportsReadBefore() throws {
    let reports = Self.corpusReports()
    #expect(reports.count >= 19)
    let warm = FactExtractor()
    let first = reports.map { warm.extract($0) }
    // The same reports again, in reverse order, through the same (now warm) extractor, and
    // each through a fresh extractor.
    let again = reports.reversed().map { warm.extract($0) }.reversed()
    for (one, two) in zip(first, again) { #expect(one == two, "\(one.reportID)") }
    for (index, report) in reports.enumerated() {
      #expect(FactExtractor().extract(report) == first[index], "\(report.id)")
    }
  }

  @Test func aWordsMarksDoNotLeakIntoTheNextReport() {
    // "Halk" opens a sentence in both reports; the first also writes it capitalized inside
    // a sentence (a name there), the second writes it in lowercase (no name there).
    let extractor = FactExtractor()
    let named = FactsTestSupport.report(
      ["Halk geldi. Dün Halk konuştu ve Halk gitti."], language: "tr")
    let common = FactsTestSupport.report(
      ["Halk geldi. Dün halk konuştu ve halk gitti."], language: "tr")
    let fresh = FactExtractor().extract(common)
    _ = extractor.extract(named)
    #expect(extractor.extract(common) == fresh)
    let freshNamed = FactExtractor().extract(named)
    _ = extractor.extract(common)
    #expect(extractor.extract(named) == freshNamed)
  }

  @Test func reportsReadOnSeveralThreadsGiveTheSameFacts() {
    let reports = Self.corpusReports()
    let extractor = FactExtractor()
    let sequential = reports.map { extractor.extract($0) }
    let results = Mutex<[Int: ReportFacts]>([:])
    DispatchQueue.concurrentPerform(iterations: reports.count * 3) { iteration in
      let index = iteration % reports.count
      let facts = extractor.extract(reports[index])
      results.withLock { $0[iteration] = facts }
    }
    let parallel = results.withLock { $0 }
    for iteration in 0..<(reports.count * 3) {
      #expect(parallel[iteration] == sequential[iteration % reports.count])
    }
  }
}
