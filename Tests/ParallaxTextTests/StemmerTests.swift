import Testing

@testable import ParallaxText

@Suite struct StemmerTests {
  @Test(arguments: [
    ("fr", "soldats", "soldat"), ("en", "killed", "kill"), ("de", "soldaten", "soldat"),
    ("ru", "солдаты", "солдат"), ("tr", "askerler", "asker"),
  ])
  func stemsInflectedForms(language: String, word: String, stem: String) throws {
    let stemmer = try #require(Stemmer(language: language))
    #expect(stemmer.stem(word) == stem)
  }
}

@Suite struct StemmerLibraryTests {
  @Test func theRuntimeLibraryIsFoundWithoutTheDevelopmentPackage() {
    #expect(Stemmer.libraryProblem == nil, "\(Stemmer.libraryProblem?.description ?? "")")
  }

  @Test func aMissingLibraryIsAnErrorNamingWhatWasTried() {
    let result = StemmerLibrary.open(["/nonexistent/libstemmer.so.0d", "libnothing-here.so"])
    guard case .failure(let error) = result else {
      Issue.record("a missing library opened")
      return
    }
    #expect(error.tried.count == 2)
    #expect(error.description.contains("libstemmer0d"))
    #expect(error.description.contains("/nonexistent/libstemmer.so.0d"))
  }

  @Test func aLibraryWithoutTheFunctionsIsRefused() {
    // The C library is always there and has no sb_stemmer_* functions.
    let result = StemmerLibrary.open(["libc.so.6", "libSystem.dylib"])
    guard case .failure(let error) = result else {
      Issue.record("a library without sb_stemmer_new was accepted")
      return
    }
    #expect(error.tried.contains { $0.contains("no sb_stemmer_* functions") })
  }
}
