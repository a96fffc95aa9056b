import Foundation
import ParallaxGlossary
import Testing

/// The safe writer: checked, locked, written beside the file and renamed over.
@Suite struct GlossaryStoreTests {
  @Test func anUpdateCreatesThenExtendsAFile() throws {
    let folder = try GlossaryWriteSupport.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("terms.tsv")
    try GlossaryStore.update(file, columns: ["en", "fr"]) { glossary in
      glossary.add(GlossaryEntry(id: "a", terms: ["en": ["Alpha"]]))
    }
    try GlossaryStore.update(file) { glossary in
      glossary.add(GlossaryEntry(id: "b", terms: ["fr": ["Bêta"]]))
    }
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text == "id\ten\tfr\na\tAlpha\t\nb\t\tBêta\n")
    #expect(FileManager.default.fileExists(atPath: GlossaryStore.sidecar(of: file.path)))
    // Only the glossary and its lock: no temporary file is left behind.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == [".terms.tsv.lock", "terms.tsv"])
  }

  @Test func aReadOnlyGlossaryIsRefusedAndLeftUntouched() throws {
    let folder = try GlossaryWriteSupport.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("terms.tsv")
    let original = "id\ten\na\tAlpha\n"
    try Data(original.utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
    do {
      try GlossaryStore.update(file) { $0.add(GlossaryEntry(id: "b", terms: ["en": ["Beta"]])) }
      Issue.record("a read-only glossary was written")
    } catch {
      #expect(error.description.contains("terms.tsv"))
      #expect(error.description.contains("read-only"))
    }
    #expect(try String(contentsOf: file, encoding: .utf8) == original)
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o444)
  }

  @Test func aFailedChangeWritesNothing() throws {
    let folder = try GlossaryWriteSupport.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("terms.tsv")
    try Data("id\ten\na\tAlpha\n".utf8).write(to: file)
    #expect(throws: GlossaryError.self) {
      try GlossaryStore.update(file) { glossary in
        glossary.add(GlossaryEntry(id: "bad\u{2028}id", terms: ["en": ["x"]]))
      }
    }
    #expect(try String(contentsOf: file, encoding: .utf8) == "id\ten\na\tAlpha\n")
  }

  @Test func theFilesPermissionsAndALinkSurvive() throws {
    let folder = try GlossaryWriteSupport.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("terms.tsv")
    try Data("id\ten\na\tAlpha\n".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
    let link = folder.appendingPathComponent("link.tsv")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
    try Glossary(entries: [GlossaryEntry(id: "z", terms: ["en": ["Zed"]])]).write(to: link)
    #expect(try String(contentsOf: file, encoding: .utf8) == "id\ten\nz\tZed\n")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == file.path)
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o640)
  }

  @Test func concurrentUpdatesLoseNoEntry() async throws {
    let folder = try GlossaryWriteSupport.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("terms.tsv")
    try Data("id\ten\n".utf8).write(to: file)
    await withTaskGroup(of: Void.self) { group in
      for writer in 0..<8 {
        group.addTask {
          for number in 0..<10 {
            try? GlossaryStore.update(file) { glossary in
              glossary.add(GlossaryEntry(id: "w\(writer)-\(number)", terms: ["en": ["T\(number)"]]))
            }
          }
        }
      }
    }
    let glossary = try Glossary(contentsOf: file)
    #expect(glossary.count == 80)
    #expect(glossary.diagnostics.isEmpty)
  }
}
