/// Why a benchmark could not run.
enum BenchError: Error, CustomStringConvertible {
  /// A file could not be created or written.
  case cannotWrite(String)
  /// A command-line argument was missing or wrong.
  case usage(String)
  /// A peer tool failed or printed something unexpected.
  case peerFailed(String, String)

  var description: String {
    switch self {
    case .cannotWrite(let path): "cannot write \(path)"
    case .usage(let message): message
    case .peerFailed(let tool, let detail): "\(tool) failed: \(detail)"
    }
  }
}
