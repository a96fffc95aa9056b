/// A tiny parser for `parallax-bench` arguments: positionals and `--name value` options.
struct Arguments {
  /// Arguments that are not options.
  var positionals: [String] = []
  /// Options by name (without the dashes); flags map to "true".
  var options: [String: String] = [:]

  /// Names of options that take no value.
  static let flags: Set<String> = [
    "no-xmllint", "no-feedparser", "no-python", "quiet", "single", "digest", "comparable",
  ]

  /// Parses `arguments` (without the program name and subcommand).
  init(_ arguments: ArraySlice<String>) throws {
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      if argument.hasPrefix("--") {
        let name = String(argument.dropFirst(2))
        if Self.flags.contains(name) {
          options[name] = "true"
        } else if let value = iterator.next() {
          options[name] = value
        } else {
          throw BenchError.usage("option --\(name) needs a value")
        }
      } else {
        positionals.append(argument)
      }
    }
  }

  /// An integer option, or `fallback`.
  func int(_ name: String, _ fallback: Int) throws -> Int {
    guard let text = options[name] else { return fallback }
    guard let value = Int(text.replacingOccurrences(of: "_", with: "")) else {
      throw BenchError.usage("--\(name) needs an integer, not \(text)")
    }
    return value
  }

  /// Whether a flag is set.
  func flag(_ name: String) -> Bool { options[name] != nil }
}
