import Foundation
import ParallaxCorpus
import ParallaxXML

/// Writes a synthetic RSS 2.0 feed: items in seven languages with titles, links, guids, RFC 822
/// dates, `dc:creator`, a description and `content:encoded` HTML (escaped, or in CDATA).
struct FeedGenerator {
  /// How many items to write at most.
  var items: Int
  /// Stop once the file reaches this many bytes (0: no limit).
  var targetBytes: Int = 0
  /// The seed: the same seed gives the same file.
  var seed: UInt64 = 2020

  /// What was written.
  struct Summary {
    /// Items written.
    var items: Int
    /// Bytes written.
    var bytes: Int
  }

  /// Writes the feed to `path`.
  func write(to path: String) throws -> Summary {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      throw BenchError.cannotWrite(path)
    }
    defer { try? handle.close() }
    var filler = TemplateFiller(seed: seed)
    var buffer = ""
    buffer.reserveCapacity(1 << 21)
    var written = 0
    func flush() {
      handle.write(Data(buffer.utf8))
      written += buffer.utf8.count
      buffer.removeAll(keepingCapacity: true)
    }
    buffer += """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" \
      xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel>
      <title>Parallax Bench Wire &amp; Regions</title>
      <link>https://bench.example.org/</link>
      <description>Synthetic multilingual wire for benchmarks (seed \(seed))</description>
      <generator>parallax-bench generate</generator>

      """
    let start = 1_582_834_500  // 2020-02-27T20:15:00Z
    var count = 0
    while count < items && (targetBytes == 0 || written + buffer.utf8.count < targetBytes) {
      let text = SampleText.all[count % SampleText.all.count]
      buffer += item(count, text, date: start - count * 97, &filler)
      count += 1
      if buffer.utf8.count > 1 << 20 { flush() }
    }
    buffer += "</channel>\n</rss>\n"
    flush()
    return Summary(items: count, bytes: written)
  }

  /// One `<item>` element.
  private func item(_ index: Int, _ text: SampleText, date: Int, _ filler: inout TemplateFiller)
    -> String
  {
    let title = filler.fill(filler.pick(text.titles), text)
    var paragraphs: [String] = []
    for _ in 0..<filler.int(2...4) {
      var sentences: [String] = []
      for _ in 0..<filler.int(1...2) {
        sentences.append(filler.fill(filler.pick(text.sentences), text))
      }
      paragraphs.append(sentences.joined(separator: " "))
    }
    let summary = String(paragraphs[0].prefix { $0 != "." && $0 != "!" && $0 != "?" }) + "."
    var html = ""
    for (number, paragraph) in paragraphs.enumerated() {
      var escaped = Self.escape(paragraph)
      if number == 1 {
        escaped = escaped.replacingOccurrences(of: "'", with: "&#8217;")
        html += "<p><strong>\(escaped)</strong></p>\n"
      } else {
        html += "<p>\(escaped)</p>\n"
      }
    }
    let content =
      index % 4 == 3
      ? "<![CDATA[\(html)]]>"
      : Self.escape(html)
    let titleXML = Self.escape(title).replacingOccurrences(of: "é", with: "&#233;")
    return """
      <item>
      <title>\(titleXML)</title>
      <link>https://bench.example.org/\(text.language)/\(index)?ref=rss&amp;s=\(seed)</link>
      <guid isPermaLink="false">urn:parallax-bench:\(seed):\(index)</guid>
      <pubDate>\(Self.rfc822(date, offsetMinutes: index % 3 == 0 ? 60 : 0))</pubDate>
      <dc:creator>\(Self.escape(filler.pick(text.people)))</dc:creator>
      <description>\(Self.escape(summary))</description>
      <content:encoded>\(content)</content:encoded>
      </item>

      """
  }

  /// `text` with `&`, `<`, `>` escaped for XML character data.
  static func escape(_ text: String) -> String { XMLEscaping.text(text) }

  /// An RFC 822 date (`Thu, 27 Feb 2020 20:15:00 +0100`) for a Unix time and offset.
  static func rfc822(_ seconds: Int, offsetMinutes: Int) -> String {
    let local = seconds + offsetMinutes * 60
    let days = local.quotient(dividingBy: 86_400)
    let secondOfDay = local - days * 86_400
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468
    let era = z.quotient(dividingBy: 146_097)
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthPrime = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
    let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    let weekday = weekdays[((days % 7) + 7) % 7]
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let zone = offsetMinutes == 0 ? "GMT" : "+\(two(offsetMinutes / 60))\(two(offsetMinutes % 60))"
    let time = "\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))"
    return "\(weekday), \(two(day)) \(months[month - 1]) \(year) \(time) \(zone)"
  }
}

extension Int {
  /// Floor division.
  fileprivate func quotient(dividingBy divisor: Int) -> Int {
    self >= 0 ? self / divisor : (self - divisor + 1) / divisor
  }
}
