#!/usr/bin/env bash
# Uses Parallax the way another Swift package would: as a versioned dependency.
#
# Clones the committed HEAD of this repository into a temporary folder, tags it 0.0.1, writes a
# tiny consumer package that depends on it with `.package(url: <file URL>, from: "0.0.1")`,
# builds it (SwiftPM refuses a versioned dependency with unsafe build flags) and runs it: the
# consumer loads a report of Corpus/ with ParallaxCorpus, extracts its facts with ParallaxFacts
# and prints how many figures it found. Uncommitted changes are not part of the check.
#
#   Scripts/check-consumer.sh            # debug build of the consumer (about 2–4 minutes)
#   CONFIGURATION=release Scripts/check-consumer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
configuration=${CONFIGURATION:-debug}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone -q "$root" "$work/parallax"
git -C "$work/parallax" -c user.name=check -c user.email=check@localhost \
  tag -a 0.0.1 -m "check-consumer" >/dev/null

mkdir -p "$work/consumer/Sources/consumer"
cat >"$work/consumer/Package.swift" <<SWIFT
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "consumer",
  platforms: [.macOS(.v15)],
  dependencies: [.package(url: "file://$work/parallax", from: "0.0.1")],
  targets: [
    .executableTarget(
      name: "consumer",
      dependencies: [
        .product(name: "ParallaxCorpus", package: "parallax"),
        .product(name: "ParallaxFacts", package: "parallax"),
      ])
  ]
)
SWIFT
cat >"$work/consumer/Sources/consumer/main.swift" <<'SWIFT'
import ParallaxCorpus
import ParallaxFacts

let path = CommandLine.arguments[1]
let loaded = ReportLoader().load([path])
guard let report = loaded.reports.first, !loaded.hasErrors else {
  print("consumer: could not load \(path): \(loaded.diagnostics)")
  exit(1)
}
let facts = FactExtractor().extract(report)
let figures = facts.paragraphs.reduce(0) { $0 + $1.figures.count }
print("consumer: \(report.id) (\(facts.language)): \(figures) figures")
exit(figures > 0 ? 0 : 1)
SWIFT
sed -i '1i import Foundation' "$work/consumer/Sources/consumer/main.swift"

cd "$work/consumer"
if ! swift build -c "$configuration" >"$work/build.log" 2>&1; then
  tail -30 "$work/build.log"
  echo "check-consumer: the consumer package did not build against parallax 0.0.1"
  exit 1
fi
out="$(swift run -c "$configuration" --skip-build consumer "$root/Corpus/idleb-2020-02/fr-quotidien.txt")"
echo "$out"
echo "check-consumer: ok (a package depending on parallax from: 0.0.1 builds and runs)"
