import Foundation
import ParallaxTestSupport
import Testing

@Suite struct PythonCheckersTests {
  @Test func theCheckersInstallIntoTheBuildFolderAndImportFromThere() throws {
    let folder = try PythonCheckers.installed.get()
    #expect(folder.path.hasSuffix(".build/python-checkers"))
    let probe = try PythonCheckers.execute(
      [
        "python3", "-c",
        "import lingua, feedparser, ms_recognizers_number, translate; print(lingua.__file__); "
          + "print(feedparser.__file__); print(ms_recognizers_number.__file__); "
          + "print(translate.__file__)",
      ],
      environment: ProcessInfo.processInfo.environment.merging(["PYTHONPATH": folder.path]) {
        $1
      })
    #expect(probe.status == 0, "\(probe.stderr)")
    let lines = probe.stdout.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.allSatisfy { $0.hasPrefix(folder.path) }, "imported from elsewhere: \(lines)")
  }
}
