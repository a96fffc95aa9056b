import Foundation

/// Finds the data files shipped with Parallax, without the crash of `Bundle.module` when
/// the binary has been copied away from its build folder.
///
/// Looks, in order, in `$PARALLAX_RESOURCES/<bundle>`, beside the running executable
/// (`parallax` installed with its `*.resources` folders), in `../share/parallax/` from the
/// executable, and in the build folder recorded at build time.
public enum ResourceLocator {
  /// The folder holding `relativePath` in the resources of `bundleName`
  /// (such as `Parallax_ParallaxCorpus`), or `nil` when it cannot be found.
  public static func url(bundle bundleName: String, _ relativePath: String) -> URL? {
    let bundleFolder = bundleName + ".resources"
    var candidates: [URL] = []
    if let override = ProcessInfo.processInfo.environment["PARALLAX_RESOURCES"] {
      candidates.append(URL(fileURLWithPath: override).appendingPathComponent(bundleFolder))
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath().deletingLastPathComponent()
    candidates.append(executable.appendingPathComponent(bundleFolder))
    candidates.append(
      executable.deletingLastPathComponent().appendingPathComponent("share/parallax")
        .appendingPathComponent(bundleFolder))
    candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleFolder))
    // Test runners live in the build folder too, beside the bundles.
    for bundle in Bundle.allBundles {
      candidates.append(
        bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleFolder))
    }
    for candidate in candidates {
      let url = candidate.appendingPathComponent(relativePath)
      if FileManager.default.fileExists(atPath: url.path) { return url }
    }
    return nil
  }
}
