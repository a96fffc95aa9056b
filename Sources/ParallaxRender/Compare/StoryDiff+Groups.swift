import ParallaxCompare

extension StoryDiff {
  /// The groups the views show, in order: the measures, then the quantities with a unit.
  var shownGroups: [MeasureGroup] { measures + quantities }
}
