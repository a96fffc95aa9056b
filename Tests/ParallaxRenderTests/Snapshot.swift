import Foundation
import Testing

/// Golden files under `Snapshots/`: a view's output is compared byte for byte with its
/// file. `PARALLAX_RECORD_SNAPSHOTS=1 swift test --filter ParallaxRenderTests` writes the
/// files anew (review the diff before committing it).
enum Snapshot {
  /// Whether this run records instead of comparing.
  static var recording: Bool {
    ProcessInfo.processInfo.environment["PARALLAX_RECORD_SNAPSHOTS"] == "1"
  }

  /// Checks `output` against `Snapshots/<name>` (or records it).
  static func check(
    _ output: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = RenderFixtures.folder.appendingPathComponent("Snapshots")
      .appendingPathComponent(name)
    if recording {
      try Data(output.utf8).write(to: url, options: .atomic)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "no snapshot \(name): run with PARALLAX_RECORD_SNAPSHOTS=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard output != expected else { return }
    let got = output.components(separatedBy: "\n")
    let want = expected.components(separatedBy: "\n")
    let line =
      zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(got.count, want.count)
    let gotLine = line < got.count ? got[line] : "<end>"
    let wantLine = line < want.count ? want[line] : "<end>"
    Issue.record(
      """
      \(name) differs from its snapshot at line \(line + 1):
        expected: \(wantLine)
        got:      \(gotLine)
      (PARALLAX_RECORD_SNAPSHOTS=1 re-records it)
      """, sourceLocation: sourceLocation)
  }
}
