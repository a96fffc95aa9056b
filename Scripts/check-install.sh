#!/usr/bin/env bash
# Installs parallax into a fresh temporary prefix, then runs the copy from another folder:
# the installed form must find its data without the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
PREFIX="$prefix" bash Scripts/install.sh >/dev/null
cd /
out="$("$prefix/bin/parallax" list "$root/Corpus")"
count="$(printf '%s\n' "$out" | grep -c . || true)"
[ "$count" -ge 1 ] || { echo "check-install: no reports listed"; exit 1; }
# Language identification reads the installed data: a report without a declaration must be identified.
printf 'Les autorités turques ont annoncé jeudi soir que plusieurs soldats avaient été tués dans la région.\n' \
  | "$prefix/bin/parallax" show --format json - | grep -q '"origin" : "identified"' \
  || { echo "check-install: the installed binary did not identify a language"; exit 1; }
# The facts stage reads its language data (number words, measures, cues) from the installed bundles.
"$prefix/bin/parallax" facts "$root/Corpus/idleb-2020-02/fr-quotidien.txt" \
  | grep -q '≥ 22  killed × soldiers × turkish' \
  || { echo "check-install: the installed binary did not extract the seed-like figure"; exit 1; }
# The aligner reads its typical length ratios from the installed bundle (parallel mode: the
# length model is what is checked here, not auto's choice of mode).
printf 'Les inondations ont fait au moins 14 morts mardi dans le nord du pays.\n' > "$prefix/fr.txt"
printf 'The floods killed at least 14 people on Tuesday in the north of the country.\n' > "$prefix/en.txt"
aligned="$("$prefix/bin/parallax" align --unit line --mode parallel --format beads --no-dictionary \
  "$prefix/fr.txt" "$prefix/en.txt" 2>&1)"
case "$aligned" in
  "[0]:[0]:"*) ;;
  *) echo "check-install: the installed binary did not align two lines: $aligned"; exit 1 ;;
esac
printf '%s\n' "$aligned" | grep -q "length ratios" \
  && { echo "check-install: the installed binary did not find lengths.tsv"; exit 1; }
echo "check-install: ok ($count reports listed by the installed binary)"
