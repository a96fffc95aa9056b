import Foundation
import Testing

/// `parallax align --unit line` in the default mode (auto) on two one-line files: a
/// translation is linked with or without a dictionary; two titles that share only a small
/// number are not.
@Suite struct AlignShortTextTests {
  static func beads(_ first: String, _ second: String, _ extra: [String]) throws -> String {
    let a = try CLI.temporaryFile(first + "\n", name: "a.txt")
    let b = try CLI.temporaryFile(second + "\n", name: "b.txt")
    let result = try CLI.run(["align", "--unit", "line", "--format", "beads"] + extra + [a, b])
    print("short \(extra): \(result.stdout.split(separator: "\n"))")
    return result.stdout
  }

  @Test(arguments: [["--no-dictionary"], []])
  func oneLineTranslation(_ extra: [String]) throws {
    let out = try Self.beads(
      "Les inondations ont fait au moins 14 morts mardi dans le nord du pays.",
      "The floods killed at least 14 people on Tuesday in the north of the country.", extra)
    #expect(out.hasPrefix("[0]:[0]:"))
  }

  @Test func titlesSharingOnlyANumber() throws {
    let out = try Self.beads(
      "Chapter 1 of the novel was published in the spring.",
      "Les inondations ont fait au moins un mort dans le nord du pays.", ["--no-dictionary"])
    #expect(out.contains("[0]:[]:"))
    #expect(out.contains("[]:[0]:"))
  }
}
