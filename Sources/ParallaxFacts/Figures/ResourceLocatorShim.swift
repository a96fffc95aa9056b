import Foundation
import ParallaxCorpus

/// Where the figure data files are: `Resources/` of the ParallaxFacts bundle (copied whole,
/// so paths start with `Resources/`).
enum ResourceLocatorShim {
  /// The bundle name of this module's resources.
  static let bundle = "Parallax_ParallaxFacts"

  /// The URL of `relativePath` inside the resources, if present.
  static func url(_ relativePath: String) -> URL? {
    ResourceLocator.url(bundle: bundle, "Resources/" + relativePath)
  }
}
