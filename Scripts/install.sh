#!/usr/bin/env bash
# Builds parallax in release mode and installs it with its data into PREFIX (default
# ~/.local): PREFIX/bin/parallax and PREFIX/bin/*.resources beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${PREFIX:-$HOME/.local}"
swift build -c release --product parallax
bin="$(swift build -c release --show-bin-path)"
mkdir -p "$prefix/bin"
install -m 755 "$bin/parallax" "$prefix/bin/parallax.new"
for bundle in "$bin"/*.resources; do
  rm -rf "$prefix/bin/$(basename "$bundle")"
  cp -R "$bundle" "$prefix/bin/"
done
mv -f "$prefix/bin/parallax.new" "$prefix/bin/parallax"
echo "installed $prefix/bin/parallax"
