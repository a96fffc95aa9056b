#!/bin/sh
# Whether two builds of parallax find the same facts: `facts --format json` on Corpus/, on
# each Corpus story and on the seed (../shared/seeds), compared byte for byte with the exit
# status and the standard error.
#   Scripts/check-facts-same.sh OLD_BINARY NEW_BINARY
# Exit 0 when every output is identical.
set -u
scripts=$(cd "$(dirname "$0")" && pwd)
cd "$scripts/.."
old=$1
new=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
. "$scripts/same-output.sh"
same "facts Corpus/" facts --format json Corpus/
for story in Corpus/*/; do
  same "facts $story" facts --format json "$story"
done
same "facts ../shared/seeds" facts --format json ../shared/seeds
exit $status
