import Testing

@testable import ParallaxCorpus

/// RFC 822 dates and their broken forms, W3C/ISO dates, as found in feeds.
@Suite struct FeedDateTests {
  @Test(arguments: [
    ("Thu, 27 Feb 2020 20:15:00 +0100", "2020-02-27T20:15:00+01:00"),
    ("Thu, 27 Feb 2020 20:15:00 GMT", "2020-02-27T20:15:00Z"),
    ("27 Feb 2020 20:15:00 +0100", "2020-02-27T20:15:00+01:00"),
    ("Thu, 27 Feb 20 20:15:00 +0100", "2020-02-27T20:15:00+01:00"),
    ("Sat, 07 Sep 02 00:00:01 GMT", "2002-09-07T00:00:01Z"),
    ("Wed, 31 Dec 99 23:59:59 UT", "1999-12-31T23:59:59Z"),
    ("Thu, 27 Feb 2020 20:15 EST", "2020-02-27T20:15:00-05:00"),
    ("Thu, 27 Feb 2020 20:15:00 PDT", "2020-02-27T20:15:00-07:00"),
    ("Thu, 27 Feb 2020 20:15:00 Z", "2020-02-27T20:15:00Z"),
    ("Thu, 27 Feb 2020 20:15:00 A", "2020-02-27T20:15:00-01:00"),
    ("Thu, 27 Feb 2020 20:15:00 N", "2020-02-27T20:15:00+01:00"),
    ("Thu,  27  Feb   2020  20:15:00   +0100", "2020-02-27T20:15:00+01:00"),
    ("Thursday, 27 February 2020 20:15:00 +01:00", "2020-02-27T20:15:00+01:00"),
    ("27-Feb-2020 20:15:00 -0330", "2020-02-27T20:15:00-03:30"),
    ("Thu Feb 27 20:15:00 2020", "2020-02-27T20:15:00"),
    ("Thu, 27 Feb 2020 08:15:00 PM +0000", "2020-02-27T20:15:00Z"),
    ("Thu, 27 Feb 2020", "2020-02-27"),
    ("2020-02-27T20:15:00+01:00", "2020-02-27T20:15:00+01:00"),
    ("2003-12-31T10:14:55.123Z", "2003-12-31T10:14:55Z"),
    ("2020-02-27", "2020-02-27"),
    ("20031231T101455Z", "2003-12-31T10:14:55Z"),
    ("  2020-02-27T20:15Z  ", "2020-02-27T20:15Z"),
  ])
  func readsFeedDates(text: String, iso: String) {
    #expect(FeedDate.parse(text)?.iso == iso)
  }

  @Test(arguments: [
    "", "tomorrow", "Thu, 32 Feb 2020 20:15:00 GMT", "Thu, 27 Foo 2020 20:15:00 GMT",
    "27 Feb 2020 25:15:00 GMT", "Thu, 27 Feb 2020 20:15:00 +0100 extra",
  ])
  func refusesWhatIsNoDate(text: String) {
    #expect(FeedDate.parse(text) == nil)
  }

  @Test func unknownZonesLeaveTheOffsetUnknown() throws {
    let date = try #require(FeedDate.parse("Thu, 27 Feb 2020 20:15:00 XYZT"))
    #expect(date.utcOffsetSeconds == nil)
    #expect(date.hour == 20)
  }
}
