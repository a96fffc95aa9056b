import Foundation
import Testing

/// Runs the built `parallax` binary and checks its output and exit status.
@Suite struct CLITests {
  @Test func listShowsTheSeedLikeText() throws {
    let path = try CLI.temporaryFile(" date 2020-02 Au moins 22 morts.\n\nSuite.\n")
    let result = try CLI.run(["list", path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("2020-02"))
    #expect(result.stdout.contains("2 ¶"))
  }

  @Test func missingFileIsAnErrorWithExitOne() throws {
    let result = try CLI.run(["show", "/nonexistent/file.txt"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent/file.txt: error: no such file or folder"))
  }

  @Test func binaryAfterAUTF16MarkIsALocatedErrorWithExitOneAndNoReport() throws {
    // A UTF-16LE byte-order mark, then a PNG signature and a chunk header.
    let bytes: [UInt8] =
      [0xFF, 0xFE, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
      + [0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xF7, 0xE1, 0x13, 0xD8, 0x9C, 0xE2]
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("image.txt").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    for command in ["show", "facts"] {
      let result = try CLI.run([command, path])
      #expect(result.status == 1, "\(command)")
      #expect(result.stdout.isEmpty, "\(command): \(result.stdout)")
      #expect(result.stderr.contains("\(path):1:"), "\(command): \(result.stderr)")
      #expect(result.stderr.contains("binary data"), "\(command)")
    }
  }

  @Test func readsStandardInputAndWritesJSONToAFileAtomically() throws {
    let target = try CLI.temporaryFile("old content", name: "out.json")
    let result = try CLI.run(
      ["show", "--format", "json", "-o", target, "-"],
      stdin: Data("title Un titre\n\nLe texte du paragraphe.\n".utf8))
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOfFile: target, encoding: .utf8)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [[String: Any]])
    #expect(json.count == 1)
    #expect(json.first?["title"] as? String == "Un titre")
    #expect(json.first?["id"] as? String == "-")
    let folder = (target as NSString).deletingLastPathComponent
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(leftovers == ["out.json"])
  }

  @Test func unknownOptionIsAUsageError() throws {
    let result = try CLI.run(["show", "x.txt", "--no-such-option"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no-such-option"))
  }
}

enum CLI {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The built executable, beside the test bundle.
  static var executable: URL {
    for bundle in Bundle.allBundles {
      let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(
        "parallax")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return Bundle.main.bundleURL.appendingPathComponent("parallax")
  }

  static func run(
    _ arguments: [String], stdin: Data? = nil, executable: URL = executable,
    environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    // Standard error is read on another thread: a command that writes more than a pipe
    // holds there (64 KB) while we wait for standard output would never finish.
    let errorReader = PipeReader(err.fileHandleForReading)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = errorReader.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  static func temporaryFile(_ text: String, name: String = "input.txt") throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }
}

/// Reads a pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  /// What the pipe held, once it is closed.
  func wait() -> Data {
    done.wait()
    return data
  }
}
