import Foundation

/// The size of the terminal standard output writes to.
enum TerminalSize {
  /// The terminal's width in columns: `COLUMNS` when set, else the terminal's own size;
  /// `nil` when standard output is no terminal.
  static var columns: Int? {
    if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 {
      return value
    }
    guard isatty(1) == 1 else { return nil }
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
