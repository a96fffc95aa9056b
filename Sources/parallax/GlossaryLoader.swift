import Foundation
import ParallaxCorpus
import ParallaxFacts

/// The glossaries a command reads: `--glossary` files, then `Glossaries/` of the current
/// folder when it exists.
enum GlossaryLoader {
  static func load(_ paths: [String], into diagnostics: inout [Diagnostic]) -> [Glossary] {
    var result: [Glossary] = []
    for path in paths {
      do {
        let loaded = try Glossary(contentsOf: URL(fileURLWithPath: path))
        diagnostics += loaded.diagnostics
        result.append(loaded)
      } catch {
        diagnostics.append(error.diagnostic)
      }
    }
    let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .appendingPathComponent("Glossaries")
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    {
      do {
        let loaded = try Glossary(folder: folder)
        diagnostics += loaded.diagnostics
        result.append(loaded)
      } catch {
        diagnostics.append(error.diagnostic)
      }
    }
    return result
  }
}
