import Testing

@testable import ParallaxFacts

/// `HashTable` finds a slot by the hash and compares the key: two keys with one hash are two
/// entries, and a key that is not in the table is not found through another's hash.
@Suite struct HashTableTests {
  @Test func twoKeysWithOneHashAreTwoEntries() {
    var table = HashTable<Int>()
    // A forced collision: both keys stored under the same hash.
    table[42, key: "morts"] = 1
    table[42, key: "blessés"] = 2
    #expect(table.count == 2)
    #expect(table[42, key: "morts"] == 1)
    #expect(table[42, key: "blessés"] == 2)
    #expect(table[42, key: "soldats"] == nil)
    #expect(!table.contains(42, key: "soldats"))
    #expect(table.contains(42, key: "morts"))
    // Replacing one leaves the other.
    table[42, key: "morts"] = 3
    #expect(table.count == 2)
    #expect(table[42, key: "morts"] == 3 && table[42, key: "blessés"] == 2)
  }

  @Test func collisionsSurviveGrowth() {
    var table = HashTable<Int>()
    for value in 0..<200 { table[UInt64(value % 3), key: "k\(value)"] = value }
    #expect(table.count == 200)
    for value in 0..<200 { #expect(table[UInt64(value % 3), key: "k\(value)"] == value) }
  }

  @Test func aBuiltKeyIsOnlyBuiltWhenAHashMatches() {
    var table = HashTable<Bool>()
    table[7, key: "vingt et un"] = true
    var built = 0
    #expect(
      table.value(8) {
        built += 1; return "vingt et un"
      } == nil)
    #expect(built == 0)
    #expect(
      table.value(7) {
        built += 1; return "vingt et un"
      } == true)
    #expect(
      table.value(7) {
        built += 1; return "vingt et deux"
      } == nil)
    #expect(built == 2)
  }

  @Test func aRealFNVCollisionBetweenATextWordAndALexiconWordIsTwoWords() {
    // Two different keys given the same hash, as a 64-bit collision would: a word of the
    // text whose hash is a number word's is still not that number word.
    var phrases = HashTable<Int>()
    let lexiconKey = "vingt"
    let hash = FigureView.hash(lexiconKey)
    phrases[hash, key: lexiconKey] = 20
    let impostor = FigureToken(kind: .word, start: 0, end: 4, gap: 0, key: "zzzz", hash: hash)
    #expect(phrases[impostor.hash, key: impostor.key] == nil)
    #expect(!TokenKey(lexiconKey).matches(impostor))
    #expect(TokenKey(lexiconKey).hash == impostor.hash)
  }
}
