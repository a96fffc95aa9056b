/// Short, unique names for reports in a comparison: the file name with its item
/// (`en-wire.rss#1`), with as many parent folders as it takes to tell two apart.
public struct ReportNames: Sendable {
  private var names: [String: String] = [:]

  /// Names for `ids` (report ids: paths, with `#item` for feed items).
  public init(_ ids: [String]) {
    let parts = ids.map { $0.split(separator: "/").map(String.init) }
    var depth = ids.map { _ in 1 }
    while true {
      let current = parts.indices.map { parts[$0].suffix(depth[$0]).joined(separator: "/") }
      var seen: [String: [Int]] = [:]
      for (index, name) in current.enumerated() { seen[name, default: []].append(index) }
      let clashes = seen.values.filter { $0.count > 1 }.flatMap { $0 }
        .filter { depth[$0] < parts[$0].count }
      if clashes.isEmpty {
        for (index, id) in ids.enumerated() { names[id] = current[index] }
        return
      }
      for index in clashes { depth[index] += 1 }
    }
  }

  /// The short name of a report id (the id itself when unknown).
  public subscript(_ id: String) -> String { names[id] ?? id }
}
