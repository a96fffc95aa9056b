extension TextDecoding {
  /// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past
  /// U+10FFFF). ASCII runs are checked eight bytes at a time.
  public static func isValidUTF8(_ bytes: some Collection<UInt8>) -> Bool {
    let result = bytes.withContiguousStorageIfAvailable { scanUTF8($0).valid }
    return result ?? Array(bytes).withUnsafeBufferPointer { scanUTF8($0).valid }
  }

  /// What one pass over UTF-8 bytes found.
  struct UTF8Scan {
    /// No ill-formed sequence.
    var valid = true
    /// Whether a C0 control other than tab, line feed and carriage return occurs.
    var hasControls = false
  }

  /// Validates `buffer`, eight ASCII bytes at a time, noting C0 controls on the way.
  static func scanUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> UTF8Scan {
    var scan = UTF8Scan()
    guard let base = buffer.baseAddress else { return scan }
    let count = buffer.count
    let raw = UnsafeRawPointer(base)
    let high: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    var index = 0
    while index < count {
      if index + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if word & high == 0 {
          // A byte below 0x20 somewhere: look at the eight one by one.
          if (word &- ones &* 0x20) & ~word & high != 0, !scan.hasControls {
            for offset in index..<index + 8 where isStrippedControl(base[offset]) {
              scan.hasControls = true
            }
          }
          index += 8
          continue
        }
      }
      let lead = base[index]
      if lead < 0x80 {
        if isStrippedControl(lead) { scan.hasControls = true }
        index += 1
        continue
      }
      let length = sequenceLength(base, index, count)
      if length == 0 {
        scan.valid = false
        return scan
      }
      index += length
    }
    return scan
  }

  /// Whether a byte is a C0 control that decoding removes (tab, LF and CR stay).
  @inline(__always)
  static func isStrippedControl(_ byte: UInt8) -> Bool {
    byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
  }

  /// The length of the well-formed multi-byte sequence at `index`, or 0 if it is ill-formed.
  @inline(__always)
  static func sequenceLength(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Int {
    let lead = base[index]
    func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      index + offset < count && (low...high).contains(base[index + offset])
    }
    switch lead {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : 0
    case 0xE0:
      return continuation(1, 0xA0) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF:
      return continuation(1) && continuation(2) ? 3 : 0
    case 0xED:
      return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
    case 0xF0:
      return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3:
      return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4:
      return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default:
      return 0
    }
  }

  /// Counts well-formed multi-byte sequences and ill-formed bytes, to tell UTF-8 with a few
  /// damaged bytes from a legacy code page.
  static func countSequences(_ bytes: [UInt8]) -> (multibyte: Int, illFormed: Int) {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return (0, 0) }
      var multibyte = 0
      var illFormed = 0
      var index = 0
      while index < buffer.count {
        if base[index] < 0x80 {
          index += 1
          continue
        }
        let length = sequenceLength(base, index, buffer.count)
        if length == 0 {
          illFormed += 1
          index += 1
        } else {
          multibyte += 1
          index += length
        }
      }
      return (multibyte, illFormed)
    }
  }

  /// `bytes` without the C0 controls that decoding removes.
  static func strippingControls(_ bytes: [UInt8]) -> [UInt8] {
    bytes.filter { !isStrippedControl($0) }
  }
}
