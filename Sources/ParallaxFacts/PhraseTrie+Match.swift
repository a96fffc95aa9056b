import ParallaxText

extension PhraseTrie {
  /// The longest phrase starting at `start` in `keys` (folded tokens): the index one past
  /// its last token and its value; `first` replaces the first key, `limit` bounds the search.
  ///
  /// The same answer as ParallaxText's `PhraseTrie.longestMatch`, which this one shadows in
  /// the facts stage: compiled here, it is specialized for the stage's value types (cue
  /// kinds, date words, titles, source marks). ParallaxText's generic method is not
  /// specialized in another module, and asked the runtime for the metadata of `Value?` and
  /// of its result tuple at every match (about 85 M instructions on 1 MB of news copy).
  func longestMatch(
    in keys: [String], from start: Int, first: String? = nil, limit: Int? = nil
  ) -> (end: Int, value: Value)? {
    guard let found = edges.longestMatch(in: keys, from: start, first: first, limit: limit),
      let value = values[found.node]
    else { return nil }
    return (found.end, value)
  }
}
