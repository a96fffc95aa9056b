import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// ICU's rule-based spell-out with a chosen rule set (`%spellout-cardinal-feminine`,
/// `%spellout-cardinal-plural-genitive`): what Foundation's `NumberFormatter` uses, through
/// ICU's C API, since `NumberFormatter` only writes a language's default rule set.
///
/// The functions are looked up at run time in the ICU Foundation already loads: Swift's
/// `lib_FoundationICU` on Linux (its symbols carry a `swift_` prefix), the system's ICU on
/// Apple platforms. Only formatting is used, never ICU's parsing.
final class ICURuleSetFormatter {
  private typealias Open =
    @convention(c) (
      Int32, UnsafePointer<UInt16>?, Int32, UnsafePointer<CChar>?, UnsafeMutableRawPointer?,
      UnsafeMutablePointer<Int32>
    ) -> OpaquePointer?
  private typealias Close = @convention(c) (OpaquePointer?) -> Void
  private typealias GetText =
    @convention(c) (
      OpaquePointer?, Int32, UnsafeMutablePointer<UInt16>?, Int32, UnsafeMutablePointer<Int32>
    ) -> Int32
  private typealias SetText =
    @convention(c) (
      OpaquePointer?, Int32, UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<Int32>
    ) -> Void
  private typealias Format =
    @convention(c) (
      OpaquePointer?, Int64, UnsafeMutablePointer<UInt16>?, Int32, UnsafeMutableRawPointer?,
      UnsafeMutablePointer<Int32>
    ) -> Int32

  // ICU's constants: UNUM_SPELLOUT, UNUM_DEFAULT_RULESET, UNUM_PUBLIC_RULESETS.
  private static let spellOut: Int32 = 5
  private static let defaultRuleSet: Int32 = 6
  private static let publicRuleSets: Int32 = 7

  private let close: Close
  private let setText: SetText
  private let format: Format
  private let formatter: OpaquePointer
  /// The rule sets ICU offers for the language, in ICU's order.
  let ruleSets: [String]

  /// A spell-out formatter for `locale`, or nil when ICU's C functions cannot be found.
  init?(locale: String) {
    let handle = dlopen(nil, RTLD_NOW)
    func find(_ name: String) -> UnsafeMutableRawPointer? {
      for candidate in ["swift_\(name)", name] {
        if let found = dlsym(handle, candidate) { return found }
      }
      return nil
    }
    guard let open = find("unum_open"), let close = find("unum_close"),
      let getText = find("unum_getTextAttribute"), let setText = find("unum_setTextAttribute"),
      let format = find("unum_formatInt64")
    else { return nil }
    self.close = unsafeBitCast(close, to: Close.self)
    self.setText = unsafeBitCast(setText, to: SetText.self)
    self.format = unsafeBitCast(format, to: Format.self)
    var status: Int32 = 0
    guard
      let formatter = unsafeBitCast(open, to: Open.self)(
        ICURuleSetFormatter.spellOut, nil, 0, locale, nil, &status),
      status <= 0
    else { return nil }
    self.formatter = formatter
    var buffer = [UInt16](repeating: 0, count: 8192)
    let length = unsafeBitCast(getText, to: GetText.self)(
      formatter, ICURuleSetFormatter.publicRuleSets, &buffer, Int32(buffer.count), &status)
    ruleSets = String(decoding: buffer[0..<Int(max(0, length))], as: UTF16.self)
      .split(separator: ";").map(String.init)
  }

  deinit { close(formatter) }

  /// `value` in words by `ruleSet` (one of `ruleSets`), without soft hyphens; nil on an
  /// ICU error.
  func string(_ value: Int64, ruleSet: String) -> String? {
    var status: Int32 = 0
    let name = Array(ruleSet.utf16)
    setText(formatter, ICURuleSetFormatter.defaultRuleSet, name, Int32(name.count), &status)
    guard status <= 0 else { return nil }
    var buffer = [UInt16](repeating: 0, count: 1024)
    let length = format(formatter, value, &buffer, Int32(buffer.count), nil, &status)
    guard status <= 0, length > 0 else { return nil }
    return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
      .replacingOccurrences(of: "\u{AD}", with: "")
  }
}
