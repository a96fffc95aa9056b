/// Two sides analyzed for alignment, with the anchor keys their features are numbered in.
struct PreparedSides {
  var a: SideFeatures
  var b: SideFeatures
  var keys: AnchorKeys
}
