#!/usr/bin/env bash
# Renders an HTML page Parallax wrote to a PNG (and, with --pdf, a PDF of its print view)
# with headless Chromium, to look at it as a reader would.
#
#   Scripts/render-html.sh PAGE.html [OUT.png] [--width N] [--height N] [--pdf OUT.pdf]
#   swift run parallax facts Corpus/idleb-2020-02/ --format html -o /tmp/idleb.html
#   Scripts/render-html.sh /tmp/idleb.html /tmp/idleb.png --height 4000 --pdf /tmp/idleb.pdf
#
# Needs Debian's chromium (apt-get install chromium); PARALLAX_CHROMIUM names another binary.
set -euo pipefail

usage() { echo "usage: $0 PAGE.html [OUT.png] [--width N] [--height N] [--pdf OUT.pdf]" >&2; exit 2; }
[ $# -ge 1 ] || usage
page=$1; shift
png=${page%.html}.png
if [ $# -ge 1 ] && [ "${1#--}" = "$1" ]; then png=$1; shift; fi
width=1100; height=3000; pdf=
while [ $# -gt 0 ]; do
  case $1 in
    --width) width=$2; shift 2 ;;
    --height) height=$2; shift 2 ;;
    --pdf) pdf=$2; shift 2 ;;
    *) usage ;;
  esac
done
[ -f "$page" ] || { echo "$0: $page: no such file" >&2; exit 1; }

browser=${PARALLAX_CHROMIUM:-}
if [ -z "$browser" ]; then
  for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null; then browser=$(command -v "$name"); break; fi
  done
fi
[ -n "$browser" ] || { echo "$0: chromium not found (apt-get install chromium)" >&2; exit 1; }

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
flags=(--headless --disable-gpu --no-sandbox --no-first-run --hide-scrollbars
  "--user-data-dir=$profile")
"$browser" "${flags[@]}" "--window-size=$width,$height" "--screenshot=$png" "$url" 2>/dev/null
echo "$png"
if [ -n "$pdf" ]; then
  "$browser" "${flags[@]}" --no-pdf-header-footer "--print-to-pdf=$pdf" "$url" 2>/dev/null
  echo "$pdf"
fi
