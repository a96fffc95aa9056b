import ParallaxCore

/// RFC 4180 records: fields separated by commas, a field in double quotes may hold commas,
/// line breaks and doubled quotes. Each record keeps the line it starts on.
struct CSVRecords {
  /// One record.
  struct Record {
    /// The line the record starts on, from 1.
    var line: Int
    /// The fields, unquoted.
    var fields: [String]
    /// Whether the record is a blank line.
    var isBlank: Bool { fields.count == 1 && fields[0].allSatisfy(\.isWhitespace) }
  }

  /// The records of `text`; an unterminated quote is reported where it opens.
  static func parse(_ text: String, path: String, into diagnostics: inout [Diagnostic])
    -> [Record]
  {
    var records: [Record] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var recordLine = 1
    var quoted = false
    var quoteLine = 0
    var atFieldStart = true
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
      if let scalar = pending {
        pending = nil
        return scalar
      }
      return scalars.next()
    }
    while let scalar = next() {
      if quoted {
        if scalar == "\"" {
          if let following = next() {
            if following == "\"" {
              field.append("\"")
            } else {
              quoted = false
              pending = following
            }
          } else {
            quoted = false
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where atFieldStart:
        quoted = true
        quoteLine = line
        atFieldStart = false
      case ",":
        fields.append(String(field))
        field = String.UnicodeScalarView()
        atFieldStart = true
      case "\r":
        break
      case "\n":
        fields.append(String(field))
        records.append(Record(line: recordLine, fields: fields))
        fields = []
        field = String.UnicodeScalarView()
        atFieldStart = true
        line += 1
        recordLine = line
      default:
        field.append(scalar)
        if scalar != " " && scalar != "\t" { atFieldStart = false }
      }
    }
    if quoted {
      diagnostics.append(
        Diagnostic(
          .error, SourceLocation(path: path, line: quoteLine, column: nil),
          "CSV quote opened here is never closed; the rest of the file is one field"))
    }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(String(field))
      records.append(Record(line: recordLine, fields: fields))
    }
    return records
  }
}
