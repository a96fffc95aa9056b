import Foundation

/// Headless Chromium, for the tests that prove a page runs nothing. Debian's `chromium`
/// (`apt-get install chromium`; `.ci/run` installs it); `PARALLAX_CHROMIUM` names another
/// binary.
struct Chromium {
  /// What a page became in the browser.
  struct Visit {
    /// The DOM after load (`--dump-dom`), scripts and handlers given their chance to run.
    var dom: String
    /// The browser's log (`--enable-logging=stderr`): console messages, policy violations.
    var log: String
  }

  let executable: URL

  /// The browser, or `nil` when none is installed.
  static func find() -> Chromium? {
    if let found = locate() { return found }
    return installed.flatMap { _ in locate() }
  }

  /// The browser on this machine: `PARALLAX_CHROMIUM`, else `chromium` (or a sibling) on the
  /// `PATH`.
  static func locate() -> Chromium? {
    let environment = ProcessInfo.processInfo.environment
    var candidates: [String] = []
    if let chosen = environment["PARALLAX_CHROMIUM"], !chosen.isEmpty { candidates.append(chosen) }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      candidates += folders.map { "\($0)/\(name)" }
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
      .map { Chromium(executable: URL(fileURLWithPath: $0)) }
  }

  /// Installs Debian's `chromium` once per test process when none is on the machine, so the
  /// README's test command needs no set-up of its own: `apt-get` as root, under a file lock
  /// so that concurrent runs install it once. `nil` when that cannot be done (not root, no
  /// `apt-get`, no network); the tests that need a browser then fail and say why.
  static let installed: Bool? = {
    guard locate() == nil, getuid() == 0,
      FileManager.default.isExecutableFile(atPath: "/usr/bin/apt-get")
    else { return nil }
    let lock = open("/tmp/parallax-chromium-install.lock", O_CREAT | O_RDWR, 0o644)
    guard lock >= 0 else { return nil }
    defer { close(lock) }
    guard flock(lock, LOCK_EX) == 0 else { return nil }
    defer { flock(lock, LOCK_UN) }
    if locate() != nil { return true }
    for arguments in [["update", "-qq"], ["install", "-y", "-qq", "chromium"]] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/apt-get")
      process.arguments = arguments
      process.environment = ProcessInfo.processInfo.environment.merging(
        ["DEBIAN_FRONTEND": "noninteractive"], uniquingKeysWith: { $1 })
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      guard (try? process.run()) != nil else { return nil }
      process.waitUntilExit()
      guard process.terminationStatus == 0 else { return nil }
    }
    return true
  }()

  /// Opens `page` (written to a temporary file) headless, gives it a second of virtual time
  /// (timers, load and error handlers fire), and returns its DOM and the browser's log.
  func visit(_ page: String, name: String = "page.html") throws -> Visit {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-chromium-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent(name)
    try Data(page.utf8).write(to: file)
    let process = Process()
    process.executableURL = executable
    process.arguments = [
      "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
      "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
      "--enable-logging=stderr", "--v=0", "--virtual-time-budget=1000", "--dump-dom",
      file.absoluteString,
    ]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read both pipes while the browser runs, so a full pipe never blocks it.
    let log = LockedData()
    let reader = Thread { log.set(errors.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let dom = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !log.done { usleep(10_000) }
    return Visit(
      dom: String(decoding: dom, as: UTF8.self), log: String(decoding: log.data, as: UTF8.self))
  }
}

/// Data handed from a reader thread.
private final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var value = Data()
  private var finished = false

  func set(_ data: Data) {
    lock.lock()
    value = data
    finished = true
    lock.unlock()
  }

  var done: Bool {
    lock.lock()
    defer { lock.unlock() }
    return finished
  }

  var data: Data {
    lock.lock()
    defer { lock.unlock() }
    return value
  }
}
