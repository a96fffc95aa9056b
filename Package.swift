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
      resources: [.copy("Resources")]
    ),
    .target(
      name: "ParallaxText",
      dependencies: ["ParallaxCorpus"],
      resources: [.copy("Resources")]
    ),
    .target(
      name: "ParallaxFacts",
      dependencies: ["ParallaxCorpus", "ParallaxText"],
      resources: [.copy("Resources")]
    ),
    .executableTarget(
      name: "parallax",
      dependencies: [
        "ParallaxCorpus",
        "ParallaxFacts",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "parallax-bench",
      dependencies: ["ParallaxCorpus", "ParallaxFacts"]
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
      name: "ParallaxCLITests",
      dependencies: ["ParallaxCorpus"]
    ),
  ]
)
