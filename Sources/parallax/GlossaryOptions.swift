import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxFacts

/// `--glossary FILE…`, shared by every command that knows names: the files named, then
/// `Glossaries/` of the current folder when it exists.
struct GlossaryOptions: ParsableArguments {
  @Option(help: "A glossary file (TSV) of known names and terms; repeatable.")
  var glossary: [String] = []

  /// The glossaries, their problems added to `diagnostics`.
  func load(_ diagnostics: inout [Diagnostic]) -> [Glossary] {
    var result: [Glossary] = []
    for path in glossary {
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

  /// The names a comparison shows: the glossaries, then the gazetteer shipped with Parallax.
  static func names(_ glossaries: [Glossary]) -> Glossary {
    var names = Glossary()
    for glossary in glossaries { names.merge(glossary) }
    names.merge(FactExtractor.gazetteer)
    return names
  }
}
