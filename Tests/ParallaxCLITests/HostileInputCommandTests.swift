import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built binary on hostile input and hostile output paths: a located message, the exit
/// status CLI.md gives, nothing the user owns half-written.
@Suite struct HostileInputCommandTests {
  private static let report = "title Un titre\n\nAu moins 22 soldats ont été tués, selon l'OSDH.\n"

  private static func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  @Test func outputIntoAMissingFolderOrOntoAFolderIsALocatedError() throws {
    let input = try CLI.temporaryFile(Self.report)
    let base = try Self.folder()
    let missing = base + "/no-such-folder/out.json"
    var result = try CLI.run(["show", input, "-o", missing])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(missing): error: cannot write the output file"))
    #expect(result.stderr.contains("does not exist"))
    result = try CLI.run(["facts", input, "-o", base])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(base): error: cannot write the output file: it is a folder"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: base).isEmpty)
  }

  @Test func aReadOnlyOutputFileIsRefusedAndLeftAsItIs() throws {
    let target = try CLI.temporaryFile("keep me", name: "out.txt")
    chmod(target, 0o444)
    let result = try CLI.run(["show", try CLI.temporaryFile(Self.report), "-o", target])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "\(target): error: cannot write the output file: the file is read-only"))
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
  }

  @Test func aReplacedOutputFileKeepsItsPermissions() throws {
    let target = try CLI.temporaryFile("old", name: "out.txt")
    chmod(target, 0o640)
    let result = try CLI.run(["show", try CLI.temporaryFile(Self.report), "-o", target])
    #expect(result.status == 0)
    var info = stat()
    #expect(stat(target, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o640)
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("Un titre"))
  }

  @Test func aWriteThatFailsLeavesTheOldFileIntactAndSaysWhy() throws {
    // A file size limit of one block makes the write fail (EFBIG) half-way, like a full disk.
    let input = try CLI.temporaryFile(String(repeating: Self.report, count: 200))
    let target = try CLI.temporaryFile("the old output", name: "out.txt")
    let result = try CLI.run(
      [
        "-c", "ulimit -f 1; exec \"$0\" \"$@\"", CLI.executable.path, "show", input, "-o", target,
      ], executable: URL(fileURLWithPath: "/bin/sh"))
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(target): error: cannot write the output file: write:"))
    #expect(result.stderr.contains("nothing was replaced"))
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "the old output")
    let folder = (target as NSString).deletingLastPathComponent
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
  }

  @Test func anInterruptedRunLeavesTheOldFileAndNoTemporaryFile() throws {
    let target = try CLI.temporaryFile("the old output", name: "out.txt")
    let folder = (target as NSString).deletingLastPathComponent
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = ["show", "-", "-o", target]
    let input = Pipe()
    process.standardInput = input
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data(Self.report.utf8))
    // The temporary file exists once the output is opened; standard input stays open.
    var waited = 0
    while waited < 600,
      (try FileManager.default.contentsOfDirectory(atPath: folder)).count < 2
    {
      usleep(50_000)
      waited += 1
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 2)
    // SIGTERM, not SIGINT: a test run started in the background inherits SIGINT ignored.
    kill(process.processIdentifier, SIGTERM)
    try? input.fileHandleForWriting.close()
    waited = 0
    while process.isRunning, waited < 200 {
      usleep(50_000)
      waited += 1
    }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == SIGTERM)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "the old output")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
  }

  @Test func anOutputThatIsNotARegularFileIsWrittenInPlaceNotReplaced() throws {
    let fifo = try Self.folder() + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = FIFOReader(fifo)
    let result = try CLI.run(["show", try CLI.temporaryFile(Self.report), "-o", fifo])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(String(decoding: reader.wait(), as: UTF8.self).contains("Un titre"))
    var info = stat()
    #expect(stat(fifo, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFIFO)
  }

  @Test func anEmptyFolderIsAWarningAndAnItemOfAFolderAnError() throws {
    let empty = try Self.folder()
    var result = try CLI.run(["list", empty])
    #expect(result.status == 0)
    #expect(result.stderr.contains("\(empty): warning: no report in this folder"))
    result = try CLI.run(["show", empty + "#3"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(empty): error: no item '3' in this input"))
  }

  @Test func anUnreadableFileOrFolderSaysWhyAndTheRestIsRead() throws {
    // Permissions bind root only through another user: drop to nobody when running as root.
    let privileged = getuid() == 0
    guard !privileged || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      return
    }
    let base = try Self.folder()
    chmod(base, 0o755)
    try FileManager.default.createDirectory(
      atPath: base + "/locked", withIntermediateDirectories: true)
    try Data(Self.report.utf8).write(to: URL(fileURLWithPath: base + "/locked/a.txt"))
    try Data(Self.report.utf8).write(to: URL(fileURLWithPath: base + "/secret.txt"))
    try Data(Self.report.utf8).write(to: URL(fileURLWithPath: base + "/open.txt"))
    chmod(base + "/open.txt", 0o644)
    chmod(base + "/secret.txt", 0o000)
    chmod(base + "/locked", 0o000)
    defer { chmod(base + "/locked", 0o755) }
    let arguments = ["list", base + "/secret.txt", base + "/locked", base + "/open.txt"]
    let result =
      privileged
      ? try CLI.run(
        ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.executable.path] + arguments,
        executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
      : try CLI.run(arguments)
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(base)/secret.txt: error: cannot read: Permission denied"))
    #expect(result.stderr.contains("\(base)/locked: error: cannot read: folder: Permission denied"))
    #expect(result.stdout.contains("open.txt"))
  }

  @Test func aTruncatedNITFIsALocatedErrorAndWhatCameBeforeIsShown() throws {
    let input = try CLI.temporaryFile(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf><head><title>Essai</title></head>\n"
        + "<body><body.content><p>Au moins 22 soldats ont été tués.</p>\n<p>Le bilan",
      name: "cut.nitf.xml")
    let result = try CLI.run(["show", input])
    #expect(result.status == 1)
    // Located where the document is cut: the end of its last line.
    #expect(result.stderr.contains("\(input):4:12: error: ill-formed XML"), "\(result.stderr)")
    #expect(result.stdout.contains("22 soldats"))
  }

  @Test func aLanguageWithNoFactsDataIsAWarningAndABadTagAUsageError() throws {
    let input = try CLI.temporaryFile(
      "Wanajeshi ishirini na wawili waliuawa jana, gavana alisema.\n")
    var result = try CLI.run(["facts", input, "--lang", "sw"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("\(input): warning: no facts data for language 'sw'"))
    result = try CLI.run(["diff", input, "--lang", "sw"])
    #expect(result.stderr.contains("\(input): warning: no facts data for language 'sw'"))
    result = try CLI.run(["facts", input, "--lang", "12"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--lang '12' is not a language tag"))
  }
}

/// Reads a FIFO to its end on a thread of its own (opening it blocks until a writer comes).
private final class FIFOReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ path: String) {
    Thread.detachNewThread { [self] in
      data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
