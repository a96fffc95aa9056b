import Foundation
import ParallaxFacts

extension GlossaryGenerator {
  /// Writes the glossary to `path`; returns its size in bytes.
  func write(to path: String) throws -> Int {
    let data = Data(text().utf8)
    try data.write(to: URL(fileURLWithPath: path))
    return data.count
  }
}
