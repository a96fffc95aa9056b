// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Parallax",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "parallax", targets: ["parallax"]),
    .library(name: "ParallaxCore", targets: ["ParallaxCore"]),
    .library(name: "ParallaxCorpus", targets: ["ParallaxCorpus"]),
    .library(name: "ParallaxText", targets: ["ParallaxText"]),
    .library(name: "ParallaxGlossary", targets: ["ParallaxGlossary"]),
    .library(name: "ParallaxFacts", targets: ["ParallaxFacts"]),
    .library(name: "ParallaxAlign", targets: ["ParallaxAlign"]),
    .library(name: "ParallaxCompare", targets: ["ParallaxCompare"]),
    .library(name: "ParallaxExchange", targets: ["ParallaxExchange"]),
    .library(name: "ParallaxCheck", targets: ["ParallaxCheck"]),
    .library(name: "ParallaxRender", targets: ["ParallaxRender"]),
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
    // The values every stage shares: ranges, diagnostics, language tags, the resource locator.
    .target(name: "ParallaxCore"),
    // The one safe libxml2 set-up: the corpus readers and the glossary formats read through it.
    .target(name: "ParallaxXML", dependencies: ["CLibXML2", "ParallaxCore"]),
    .target(
      name: "ParallaxCorpus",
      dependencies: ["CLibXML2", "ParallaxCore", "ParallaxXML"],
      resources: [.copy("Resources")]
    ),
    .target(
      name: "ParallaxText",
      dependencies: ["ParallaxCore"],
      resources: [.copy("Resources")]
    ),
    .target(
      name: "ParallaxGlossary",
      dependencies: ["ParallaxCore", "ParallaxText", "ParallaxXML"]
    ),
    .target(
      name: "ParallaxFacts",
      dependencies: ["ParallaxCorpus", "ParallaxText", "ParallaxGlossary"],
      resources: [.copy("Resources")]
    ),
    .systemLibrary(
      name: "CZlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "ParallaxAlign",
      // The facts stage for the report-level entry point (`Aligner.align(AnalyzedReport, …)`)
      // and its anchors (figures, dates, entities); the parallel engine needs only the text.
      dependencies: ["ParallaxCore", "ParallaxText", "ParallaxCorpus", "ParallaxFacts", "CZlib"],
      resources: [.copy("Resources")]
    ),
    .target(
      name: "ParallaxCompare",
      dependencies: ["ParallaxCorpus", "ParallaxText", "ParallaxFacts", "ParallaxAlign"],
      resources: [.copy("Resources")]
    ),
    // The translators' formats: bilingual XLIFF 1.2/2.x and TMX; the glossary formats (TBX v2
    // and v3, OmegaT, CSV) read into and written from the glossary model.
    .target(
      name: "ParallaxExchange", dependencies: ["ParallaxCore", "ParallaxXML", "ParallaxGlossary"]),
    // Translation QA: figures, number formats, terms, entities, links and segments.
    .target(
      name: "ParallaxCheck",
      dependencies: [
        "ParallaxCorpus", "ParallaxText", "ParallaxFacts", "ParallaxGlossary", "ParallaxCompare",
        "ParallaxExchange",
      ],
      resources: [.copy("Resources")]
    ),
    // The views: terminal text, Markdown, HTML pages (with their security policy) and JSON.
    .target(
      name: "ParallaxRender",
      dependencies: [
        "ParallaxCore", "ParallaxCorpus", "ParallaxFacts", "ParallaxCompare", "ParallaxCheck",
      ]
    ),
    .executableTarget(
      name: "parallax",
      dependencies: [
        "ParallaxCorpus",
        "ParallaxFacts",
        "ParallaxAlign",
        "ParallaxCheck",
        "ParallaxExchange",
        "ParallaxGlossary",
        "ParallaxCompare",
        "ParallaxRender",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "parallax-bench",
      dependencies: [
        "ParallaxCorpus", "ParallaxXML", "ParallaxFacts", "ParallaxAlign", "ParallaxExchange",
      ]
    ),
    // What several test targets share: installing the Debian packages and the Python
    // checkers (Scripts/requirements-test.txt) a test needs.
    .target(name: "ParallaxTestSupport", path: "Tests/ParallaxTestSupport"),
    .testTarget(
      name: "ParallaxCorpusTests",
      dependencies: ["ParallaxCorpus", "ParallaxXML", "ParallaxTestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ParallaxTextTests",
      dependencies: ["ParallaxText"]
    ),
    .testTarget(
      name: "ParallaxFactsTests",
      dependencies: ["ParallaxFacts", "ParallaxCorpus", "ParallaxTestSupport"],
      exclude: [
        "recognizers-exclusions.tsv", "Numbers", "HeldOutCases", "HeldOutCases2", "HeldOutCases3",
        "HeldOutCases4", "HeldOutCases5", "HeldOutCases6",
        "RuleCases",
      ]
    ),
    .testTarget(
      name: "ParallaxCompareTests",
      // The renderer for the held-out stories' render-safety lines (story4 H1).
      dependencies: [
        "ParallaxCompare", "ParallaxFacts", "ParallaxCorpus", "ParallaxAlign", "ParallaxRender",
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "ParallaxExchangeTests",
      dependencies: ["ParallaxExchange", "ParallaxGlossary", "ParallaxXML", "ParallaxTestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ParallaxCheckTests",
      dependencies: ["ParallaxCheck", "ParallaxExchange", "ParallaxFacts", "ParallaxCorpus"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ParallaxAlignTests",
      dependencies: ["ParallaxAlign", "ParallaxCorpus", "ParallaxFacts"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ParallaxRenderTests",
      dependencies: [
        "ParallaxRender", "ParallaxFacts", "ParallaxCorpus", "ParallaxCheck", "ParallaxTestSupport",
      ],
      exclude: ["Snapshots", "Fixtures"]
    ),
    .testTarget(
      name: "ParallaxCLITests",
      dependencies: ["ParallaxCorpus", "ParallaxAlign", "ParallaxTestSupport"],
      // Read from the repository by path (the glossary-suggest story), not bundled.
      exclude: ["Fixtures"]
    ),
  ]
)
