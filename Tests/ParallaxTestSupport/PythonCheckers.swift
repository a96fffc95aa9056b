import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The independent Python checkers the tests compare against (`Scripts/requirements-test.txt`),
/// installed by the test run itself into `<package root>/.build/python-checkers` with
/// `python3 -m pip install --target`, then run with `PYTHONPATH` pointing there — so the test
/// command needs no set-up and does not depend on what is installed globally.
///
/// The install happens once per process (a `static let`), under a file lock so concurrent test
/// runs do it once, and is skipped when the folder's stamp matches the requirements file and the
/// Python version. A failing install fails the test that needs it, with pip's message.
public enum PythonCheckers {
  /// The package's root folder.
  public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let build = packageRoot.appendingPathComponent(".build")
  static let target = build.appendingPathComponent("python-checkers")
  static let requirements = packageRoot.appendingPathComponent("Scripts/requirements-test.txt")

  /// What a run printed.
  public struct Output: Sendable {
    /// The exit status.
    public var status: Int32
    /// What it printed on standard output.
    public var stdout: String
    /// What it printed on standard error.
    public var stderr: String
  }

  /// The install, made once per process: the folder, or why it could not be made.
  public static let installed: Result<URL, PythonCheckerFailure> = Result { try install() }
    .mapError { $0 as? PythonCheckerFailure ?? PythonCheckerFailure("python checkers: \($0)") }

  /// Runs `Scripts/<script>` with `arguments` under `python3`, the checkers importable.
  public static func run(script: String, _ arguments: [String]) throws -> Output {
    let folder = try installed.get()
    var environment = ProcessInfo.processInfo.environment
    environment["PYTHONPATH"] = ([folder.path] + [environment["PYTHONPATH"]].compactMap { $0 })
      .joined(separator: ":")
    return try execute(
      ["python3", packageRoot.appendingPathComponent("Scripts/\(script)").path] + arguments,
      environment: environment)
  }

  /// Runs `arguments` through `/usr/bin/env`, reading both streams to the end.
  public static func execute(_ arguments: [String], environment: [String: String]? = nil) throws
    -> Output
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let environment { process.environment = environment }
    let errorFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-python-\(UUID().uuidString).err")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let errorHandle = try FileHandle(forWritingTo: errorFile)
    let out = Pipe()
    process.standardOutput = out
    process.standardError = errorHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errorHandle.close()
    let errors = (try? Data(contentsOf: errorFile)) ?? Data()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
      stderr: String(decoding: errors, as: UTF8.self))
  }

  /// What the folder must have been made from: the requirements and the Python version.
  static func expectedStamp() throws -> String {
    let pins = try String(contentsOf: requirements, encoding: .utf8)
    let version = try execute(["python3", "-c", "import sys; print(sys.version)"])
    guard version.status == 0 else {
      throw PythonCheckerFailure("python checkers: python3 did not run: \(version.stderr)")
    }
    return pins + "\npython " + version.stdout
  }

  /// Installs the checkers unless the stamp shows they already are; holds `.build/
  /// python-checkers.lock` meanwhile.
  static func install() throws -> URL {
    try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true)
    let lockPath = build.appendingPathComponent("python-checkers.lock").path
    let lock = open(lockPath, O_CREAT | O_RDWR, 0o644)
    guard lock >= 0 else { throw PythonCheckerFailure("python checkers: cannot open \(lockPath)") }
    defer { close(lock) }
    guard flock(lock, LOCK_EX) == 0 else {
      throw PythonCheckerFailure("python checkers: cannot lock \(lockPath)")
    }
    defer { flock(lock, LOCK_UN) }
    let stampURL = target.appendingPathComponent(".parallax-stamp")
    let expected = try expectedStamp()
    if (try? String(contentsOf: stampURL, encoding: .utf8)) == expected { return target }
    try? FileManager.default.removeItem(at: target)
    let pip = try execute([
      "python3", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input",
      "--target", target.path, "-r", requirements.path,
    ])
    guard pip.status == 0 else {
      throw PythonCheckerFailure(
        "python checkers: `python3 -m pip install --target \(target.path) -r "
          + "Scripts/requirements-test.txt` failed (status \(pip.status)); the tests that "
          + "compare with them cannot run:\n\(pip.stderr.suffix(2000))")
    }
    try Data(expected.utf8).write(to: stampURL)
    return target
  }
}

/// Why the checkers could not be installed or run.
public struct PythonCheckerFailure: Error, CustomStringConvertible, Sendable {
  /// What went wrong, with pip's or Python's message.
  public var description: String

  /// A failure saying `description`.
  public init(_ description: String) { self.description = description }
}
