/// Marks the links that moved: those outside the longest run of links in the order of both
/// texts (a longest non-decreasing subsequence of second positions, links taken in the
/// first text's order).
enum LongestRun {
  /// Sorts `links` by their first unit and sets `moved` on those out of the longest run;
  /// among runs of one length, the one whose links come earliest in the second text wins.
  static func markMoved(_ links: inout [UnitLink]) {
    links.sort {
      ($0.first.first ?? 0, $0.second.first ?? 0) < ($1.first.first ?? 0, $1.second.first ?? 0)
    }
    let keys = links.map { $0.second.first ?? 0 }
    let kept = longestNonDecreasing(keys)
    for index in links.indices { links[index].moved = !kept.contains(index) }
  }

  /// The indices of a longest non-decreasing subsequence of `values` (patience sorting).
  static func longestNonDecreasing(_ values: [Int]) -> Set<Int> {
    var tails: [Int] = []
    var previous = [Int](repeating: -1, count: values.count)
    for (index, value) in values.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if values[tails[middle]] <= value { low = middle + 1 } else { high = middle }
      }
      if low > 0 { previous[index] = tails[low - 1] }
      if low == tails.count { tails.append(index) } else { tails[low] = index }
    }
    var result = Set<Int>()
    var index = tails.last ?? -1
    while index >= 0 {
      result.insert(index)
      index = previous[index]
    }
    return result
  }
}
