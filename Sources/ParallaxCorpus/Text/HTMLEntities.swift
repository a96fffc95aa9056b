/// The HTML named character references (`&nbsp;`, `&eacute;`, `&rarr;`…), for feeds and
/// HTML fragments that use them without a DTD.
package enum HTMLEntities {
  /// The UTF-8 bytes of the entity `name` (without `&` and `;`), or `nil` when HTML has no
  /// such entity. Names are case-sensitive, as in HTML (`&Eacute;` is not `&eacute;`).
  package static func bytes(named name: some Sequence<UInt8>) -> [UInt8]? {
    byName[Array(name)]
  }

  /// The text of the entity `name`, or `nil` when HTML has no such entity.
  package static func value(named name: String) -> String? {
    byName[Array(name.utf8)].map { String(decoding: $0, as: UTF8.self) }
  }

  /// The UTF-8 bytes of a numeric reference's code point (`&#233;`, `&#xE9;`), with the
  /// Windows-1252 reading of 128–159 that browsers apply; `nil` for an invalid code point.
  package static func bytes(codePoint value: UInt32) -> [UInt8]? {
    var scalarValue = value
    if (0x80...0x9F).contains(value) {
      scalarValue = windows1252[Int(value - 0x80)]
    }
    guard scalarValue != 0, let scalar = Unicode.Scalar(scalarValue) else { return nil }
    return Array(String(Character(scalar)).utf8)
  }

  /// The longest entity name, to bound a scan.
  static let longestName = 32

  /// Names to UTF-8 values, built once from `table`.
  private static let byName: [[UInt8]: [UInt8]] = {
    var out: [[UInt8]: [UInt8]] = [:]
    out.reserveCapacity(2200)
    for entry in table.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      guard let colon = entry.firstIndex(of: ":") else { continue }
      let name = Array(entry[..<colon].utf8)
      var value: [UInt8] = []
      for hex in entry[entry.index(after: colon)...].split(separator: ".") {
        guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
          continue
        }
        value += Array(String(Character(scalar)).utf8)
      }
      out[name] = value
    }
    return out
  }()

  /// What Windows-1252 puts at 0x80–0x9F (0 where it has nothing).
  private static let windows1252: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]
}
