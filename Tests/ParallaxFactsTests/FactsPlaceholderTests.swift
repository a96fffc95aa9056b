import Testing

@testable import ParallaxFacts

@Suite struct FactsModuleTests {
  @Test func schemaVersionIsSet() {
    #expect(ParallaxFacts.schemaVersion >= 1)
  }
}
