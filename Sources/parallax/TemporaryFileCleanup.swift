#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary file of an output being written, removed when a signal ends the run.
///
/// Ctrl-C (`SIGINT`), `SIGTERM` and `SIGHUP` would otherwise leave `.NAME.XXXXXX` beside
/// the file `-o` names (the file itself is never touched before the final rename). The
/// handler only calls `unlink`, `signal` and `raise`, which are safe in a signal handler,
/// then ends the process as the signal would have. A file size limit (`SIGXFSZ`) is ignored,
/// so that the write fails with `EFBIG` and the run ends with a located error instead of a
/// core dump. `SIGKILL` cannot be caught: the old file is still intact, and the leftover is a
/// hidden temporary file.
enum TemporaryFileCleanup {
  private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Removes `path` if a signal ends the process before `unregister()`.
  static func register(_ path: String) {
    pendingTemporaryFile = strdup(path)
    // A parent may have started the process with these signals blocked (a thread of a test
    // runner spawning it, say): unblock them, or the clean-up would never run.
    var handled = sigset_t()
    sigemptyset(&handled)
    for number in signals {
      signal(number, removePendingTemporaryFile)
      sigaddset(&handled, number)
    }
    pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    signal(SIGXFSZ, SIG_IGN)
  }

  /// The file was renamed into place or removed: nothing to clean up any more.
  static func unregister() {
    // Not freed: a handler running at this moment may still read it.
    pendingTemporaryFile = nil
  }
}

/// The C string of the temporary file to remove, read by the signal handler.
nonisolated(unsafe) private var pendingTemporaryFile: UnsafeMutablePointer<CChar>?

private func removePendingTemporaryFile(_ number: Int32) {
  if let path = pendingTemporaryFile { unlink(path) }
  signal(number, SIG_DFL)
  raise(number)
}
