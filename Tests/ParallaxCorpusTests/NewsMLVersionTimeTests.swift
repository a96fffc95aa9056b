import Foundation
import Testing

@testable import ParallaxCorpus

/// The two times of a NewsML-G2 item (issue 9): published = `firstCreated` (else
/// `contentCreated`), updated = `versionCreated`, the time of this version, so that a later
/// stage can order the versions of a story.
@Suite struct NewsMLVersionTimeTests {
  @Test func versionCreatedIsTheUpdatedTimeEvenWhenContentModifiedIsLater() throws {
    let result = NewsMLReaderTests.load("newsitem-versions.xml")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let report = try #require(result.reports.first)
    #expect(report.published?.iso == "2022-09-12T06:05:00+01:00")
    #expect(report.updated?.iso == "2022-09-12T14:20:00+01:00")
    #expect(report.outlet == "Valley Wire")
  }

  @Test func aFirstVersionKeepsItsVersionTime() throws {
    let result = NewsMLReaderTests.load("newsitem-first-version.xml")
    let report = try #require(result.reports.first)
    // No firstCreated: contentCreated is the publication time.
    #expect(report.published?.iso == "2022-09-12T06:05:00+01:00")
    #expect(report.updated?.iso == "2022-09-12T06:05:00+01:00")
  }

  @Test func anUnreadableVersionTimeLeavesUpdatedEmpty() throws {
    let result = NewsMLReaderTests.load("newsitem-bad-version-date.xml")
    let report = try #require(result.reports.first)
    #expect(report.published?.iso == "2022-09-12T06:05:00+01:00")
    #expect(report.updated == nil)
  }

  @Test func theCorpusNewsMLItemKeepsBothTimes() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Corpus/idleb-2020-02/de-abendpost.newsml.xml").path
    let report = try #require(ReportLoader().load([path]).reports.first)
    #expect(report.published?.iso == "2020-02-28T00:40:00+01:00")
    #expect(report.updated?.iso == "2020-02-28T07:55:00+01:00")
    #expect(try #require(report.published) < (try #require(report.updated)))
  }

  @Test func versionsOrderByTheirVersionTime() throws {
    func item(_ version: String) -> String {
      """
      <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:story" version="2">
        <itemMeta><itemClass qcode="ninat:text"/>
          <firstCreated>2020-02-27T22:00:00+03:00</firstCreated>
          <versionCreated>\(version)</versionCreated></itemMeta>
        <contentSet><inlineData>Toll rises.</inlineData></contentSet>
      </newsItem>
      """
    }
    let later = try TestInput.file(item("2020-02-28T09:00:00+03:00"), name: "v3.xml")
    let earlier = try TestInput.file(item("2020-02-28T01:30:00+03:00"), name: "v2.xml")
    let reports = ReportLoader().load([later, earlier]).reports
    #expect(Set(reports.map(\.published)).count == 1)
    #expect(reports.count == 2)
    #expect(
      reports.compactMap(\.updated).sorted().map(\.iso) == [
        "2020-02-28T01:30:00+03:00", "2020-02-28T09:00:00+03:00",
      ])
  }
}
