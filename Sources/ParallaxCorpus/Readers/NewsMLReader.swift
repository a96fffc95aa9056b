/// STUB: the NewsMLReader is still to come; it reports an error and reads nothing.
struct NewsMLReader: ReportReader {
  func read(_ input: InputFile, into sink: inout ReportSink) throws {
    sink.diagnose(.error, input.path, "this format is not supported yet")
  }
}
