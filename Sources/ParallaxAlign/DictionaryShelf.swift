import Foundation
import ParallaxCore
import ParallaxText

/// The bilingual dictionaries of a folder (dictd format, as Debian's FreeDict packages
/// install them: `freedict-deu-fra.index` + `.dict.dz`) and the word pairs they give for two
/// languages: a dictionary for the pair read forwards, one for the reverse pair read
/// backwards, and, when there is neither, the two languages' dictionaries with English
/// joined on their English words. Words are matched through folded Snowball stems.
public struct DictionaryShelf: Sendable {
  /// Where Debian installs dictd dictionaries.
  public static let standardFolder = "/usr/share/dictd"
  /// The folder.
  public var folder: String

  /// A shelf reading `folder`.
  public init(folder: String) { self.folder = folder }

  /// Word pairs found, and what went wrong or was assumed.
  public struct Found: Sendable {
    /// The pairs, source word first, scored 1 for a word with at most three translations
    /// and less for one with many (`√(3 / translations)`), half that through English.
    public var entries: [LexiconEntry]
    /// Unreadable dictionaries (errors), a pivot or no dictionary at all (notes).
    public var diagnostics: [Diagnostic]
  }

  /// The dictionaries of the folder by (from, to) ISO 639-3 codes.
  private func catalogue() throws -> [String: DictdDictionary] {
    var found: [String: DictdDictionary] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    where name.hasSuffix(".index") {
      let base = String(name.dropLast(".index".count))
      let parts = base.split(separator: "-")
      guard parts.count >= 2, parts[parts.count - 2].count == 3, parts[parts.count - 1].count == 3
      else { continue }
      let key = "\(parts[parts.count - 2])-\(parts[parts.count - 1])"
      let stem = folder + "/" + base
      let data =
        FileManager.default.fileExists(atPath: stem + ".dict.dz")
        ? stem + ".dict.dz" : stem + ".dict"
      if found[key] == nil {
        found[key] = DictdDictionary(indexPath: stem + ".index", dataPath: data)
      }
    }
    return found
  }

  /// The pairs relating words of `sourceWords` to words of `targetWords` (languages as ISO
  /// 639-1 codes).
  public func pairs(
    source: String, target: String, sourceWords: Set<String>, targetWords: Set<String>
  ) -> Found {
    var found = Found(entries: [], diagnostics: [])
    let here = SourceLocation(path: folder)
    guard source != target else { return found }
    let catalogue: [String: DictdDictionary]
    do {
      catalogue = try self.catalogue()
    } catch {
      found.diagnostics.append(Diagnostic(.error, here, "cannot list dictionaries: \(error)"))
      return found
    }
    guard let s3 = Locale.LanguageCode(source).identifier(.alpha3),
      let t3 = Locale.LanguageCode(target).identifier(.alpha3)
    else {
      found.diagnostics.append(Diagnostic(.note, here, "no dictionary for \(source)-\(target)"))
      return found
    }
    let sourceStemmer = WordStemmer(language: source)
    let targetStemmer = WordStemmer(language: target)
    let sourceKeys = Set(sourceWords.map(sourceStemmer.key))
    let targetKeys = Set(targetWords.map(targetStemmer.key))
    let sourcePrefixes = HeadwordFilter(words: sourceWords, keys: sourceKeys)
    let targetPrefixes = HeadwordFilter(words: targetWords, keys: targetKeys)
    var used = false
    do {
      if let forward = catalogue["\(s3)-\(t3)"] {
        used = true
        for (word, translation, count) in try forward.translations(
          of: sourceKeys, stemmer: sourceStemmer, filter: sourcePrefixes)
        where targetKeys.contains(targetStemmer.key(translation)) {
          found.entries.append(entry(word, translation, count, 1))
        }
      }
      if let backward = catalogue["\(t3)-\(s3)"] {
        used = true
        for (word, translation, count) in try backward.translations(
          of: targetKeys, stemmer: targetStemmer, filter: targetPrefixes)
        where sourceKeys.contains(sourceStemmer.key(translation)) {
          found.entries.append(entry(translation, word, count, 1))
        }
      }
      if !used, s3 != "eng", t3 != "eng" {
        let english = WordStemmer(language: "en")
        let fromSource = try toEnglish(
          s3, sourceKeys, sourcePrefixes, sourceStemmer, english, catalogue)
        let fromTarget = try toEnglish(
          t3, targetKeys, targetPrefixes, targetStemmer, english, catalogue)
        if let fromSource, let fromTarget {
          used = true
          found.diagnostics.append(
            Diagnostic(.note, here, "no \(s3)-\(t3) dictionary: pairs pivot through English"))
          for (key, sources) in fromSource.sorted(by: { $0.key < $1.key }) {
            guard let targets = fromTarget[key] else { continue }
            for source in sources.prefix(3) {
              for target in targets.prefix(3) {
                found.entries.append(entry(source, target, max(sources.count, targets.count), 0.5))
              }
            }
          }
        }
      }
    } catch {
      found.diagnostics.append(error.diagnostic)
      return found
    }
    if !used {
      found.diagnostics.append(
        Diagnostic(.note, here, "no dictionary for \(s3)-\(t3) (nor through English)"))
    }
    return found
  }

  private func entry(_ source: String, _ target: String, _ count: Int, _ factor: Double)
    -> LexiconEntry
  {
    LexiconEntry(
      source: source, target: target,
      score: factor * min(1, (3 / Double(max(count, 1))).squareRoot()),
      count: 0, origin: .dictionary)
  }

  /// For the words of one language: the English words (keys) they translate to, from a
  /// dictionary into English or, read backwards in full, one from English.
  private func toEnglish(
    _ code: String, _ keys: Set<String>, _ filter: HeadwordFilter, _ stemmer: WordStemmer,
    _ english: WordStemmer,
    _ catalogue: [String: DictdDictionary]
  ) throws(DictdDictionary.Failure) -> [String: [String]]? {
    var map: [String: [String]] = [:]
    if let forward = catalogue["\(code)-eng"] {
      for (word, translation, _) in try forward.translations(
        of: keys, stemmer: stemmer, filter: filter)
      {
        map[english.key(translation), default: []].append(word)
      }
      return map
    }
    if let backward = catalogue["eng-\(code)"] {
      for (word, translation, _) in try backward.translations(of: nil, stemmer: english)
      where keys.contains(stemmer.key(translation)) {
        map[english.key(word), default: []].append(translation)
      }
      return map
    }
    return nil
  }
}
