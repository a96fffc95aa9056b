import Testing

@testable import ParallaxAlign

/// `PairSlots` gives each distinct word pair the slot it was first offered, through growth,
/// and keeps the one key equal to its free mark apart.
@Suite struct PairSlotsTests {
  @Test func slotsStayThroughGrowth() {
    var table = PairSlots(capacity: 1)
    var expected: [UInt64: Int32] = [:]
    for source in Int32(0)..<60 {
      for target in Int32(0)..<40 where (source * 7 + target) % 3 != 0 {
        let key = PairSlots.key(source, target)
        let (slot, added) = table.slot(key, orAdd: Int32(expected.count))
        #expect(added)
        #expect(slot == Int32(expected.count))
        expected[key] = slot
      }
    }
    #expect(table.count == expected.count)
    for (key, slot) in expected {
      let (found, added) = table.slot(key, orAdd: -5)
      #expect(!added)
      #expect(found == slot)
    }
  }

  @Test func theFreeMarkIsAKeyToo() {
    var table = PairSlots(capacity: 4)
    #expect(table.slot(PairSlots.key(-1, -1), orAdd: 0) == (0, true))
    #expect(table.slot(PairSlots.key(0, 0), orAdd: 1) == (1, true))
    #expect(table.slot(PairSlots.key(-1, -1), orAdd: 2) == (0, false))
    #expect(table.count == 2)
  }
}
