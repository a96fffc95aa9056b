// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Parallax",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "parallax", targets: ["parallax"]),
    .library(name: "ParallaxCorpus", targets: ["ParallaxCorpus"]),
    .library(name: "ParallaxText", targets: ["ParallaxText"]),
    .library(name: "ParallaxFacts", targets: ["ParallaxFacts"]),
    .library(name: "ParallaxAlign", targets: ["ParallaxAlign"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "ParallaxCorpus",
      dependencies: ["CLibXML2"],
      resources: [.copy("Resources")],
      // Release builds skip the run-time exclusivity checks on the readers' hot paths (about
      // 4 % of a feed load); debug builds and tests keep them.
      swiftSettings: [
        .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
      ]
    ),
    .systemLibrary(
      name: "CStemmer",
      providers: [.apt(["libstemmer-dev"])]
    ),
    .target(
      name: "ParallaxText",
      dependencies: ["ParallaxCorpus", "CStemmer"],
      resources: [.copy("Resources")],
      swiftSettings: [
        .unsafeFlags(
          ["-enforce-exclusivity=unchecked", "-cross-module-optimization"],
          .when(configuration: .release))
      ]
    ),
    .target(
      name: "ParallaxFacts",
      dependencies: ["ParallaxCorpus", "ParallaxText"],
      resources: [.copy("Resources")],
      swiftSettings: [
        .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
      ]
    ),
    .systemLibrary(
      name: "CZlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "ParallaxAlign",
      dependencies: ["ParallaxCorpus", "ParallaxText", "CZlib"],
      resources: [.copy("Resources")],
      swiftSettings: [
        .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
      ]
    ),
    .executableTarget(
      name: "parallax",
      dependencies: [
        "ParallaxCorpus",
        "ParallaxFacts",
        "ParallaxAlign",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "parallax-bench",
      dependencies: ["ParallaxCorpus", "ParallaxFacts", "ParallaxAlign"]
    ),
    .testTarget(
      name: "ParallaxCorpusTests",
      dependencies: ["ParallaxCorpus"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ParallaxTextTests",
      dependencies: ["ParallaxText"]
    ),
    .testTarget(
      name: "ParallaxFactsTests",
      dependencies: ["ParallaxFacts", "ParallaxCorpus"],
      exclude: ["recognizers-exclusions.tsv", "Numbers"]
    ),
    .testTarget(
      name: "ParallaxAlignTests",
      dependencies: ["ParallaxAlign", "ParallaxCorpus"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ParallaxCLITests",
      dependencies: ["ParallaxCorpus", "ParallaxAlign"]
    ),
  ]
)
