import Foundation

/// Installs the Debian packages a test needs when the machine lacks them, so that the
/// README's test command needs no set-up of its own: `apt-get` as root, once per package and
/// process, under a file lock so that concurrent test runs install it once.
public enum DebianPackages {
  private static let done = Mutex()

  /// Makes sure `packages` are installed when `present()` says they are missing: `true` when
  /// `present()` holds afterwards. Without root or `apt-get`, or offline, it cannot: `false`,
  /// and the calling test fails saying what to install.
  public static func ensure(_ packages: [String], present: () -> Bool) -> Bool {
    if present() { return true }
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/apt-get") else {
      return false
    }
    return done.withLock {
      if present() { return true }
      let lock = open("/tmp/parallax-apt-install.lock", O_CREAT | O_RDWR, 0o644)
      guard lock >= 0 else { return false }
      defer { close(lock) }
      guard flock(lock, LOCK_EX) == 0 else { return false }
      defer { flock(lock, LOCK_UN) }
      if present() { return true }
      for arguments in [["update", "-qq"], ["install", "-y", "-qq"] + packages] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/apt-get")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
          ["DEBIAN_FRONTEND": "noninteractive"], uniquingKeysWith: { $1 })
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return false }
      }
      return present()
    }
  }

  /// A lock for one process's installs.
  private final class Mutex: @unchecked Sendable {
    private let lock = NSLock()
    func withLock<T>(_ body: () -> T) -> T {
      lock.lock()
      defer { lock.unlock() }
      return body()
    }
  }
}
