#!/bin/sh
# Whether two builds of parallax find the same facts: `facts --format json` on Corpus/, on
# each Corpus story and on the seed (../shared/seeds), compared byte for byte with the exit
# status and the standard error.
#   Scripts/check-facts-same.sh OLD_BINARY NEW_BINARY
# Exit 0 when every output is identical.
set -u
cd "$(dirname "$0")/.."
old=$1
new=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
same() {
  name=$1
  shift
  "$old" "$@" >"$work/old" 2>"$work/old.err"
  echo "exit $?" >>"$work/old"
  "$new" "$@" >"$work/new" 2>"$work/new.err"
  echo "exit $?" >>"$work/new"
  if cmp -s "$work/old" "$work/new" && cmp -s "$work/old.err" "$work/new.err"; then
    echo "same: $name ($(wc -c <"$work/new") bytes)"
  else
    echo "DIFFERENT: $name"
    status=1
  fi
}
same "facts Corpus/" facts --format json Corpus/
for story in Corpus/*/; do
  same "facts $story" facts --format json "$story"
done
same "facts ../shared/seeds" facts --format json ../shared/seeds
exit $status
