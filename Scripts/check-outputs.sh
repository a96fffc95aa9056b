#!/usr/bin/env bash
# check-outputs.sh BIN OUTDIR: the outputs (stdout, stderr, exit status) of `check` (text and
# JSON) on the bench pairs, Corpus/translations/* against their sources and the check fixtures,
# plus `compare` of the bench pair and `align` of the Bleualign dev set; run from the package
# root. Compare two binaries with `diff -r OUT_A OUT_B` (speed work must leave it empty). Run
# `python3 Scripts/bench-check.py --runs 1` with each --pair first: it writes the bench pairs.
BIN=$(realpath "$1"); OUT=$(realpath -m "$2"); mkdir -p "$OUT"; cd "$(dirname "$0")/.."
D=/tmp/parallax-bench-check; F=Tests/ParallaxCheckTests/Fixtures
n=0
run() { # name, args…
  local name=$1; shift
  "$BIN" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"; echo $? > "$OUT/$name.rc"; n=$((n+1))
}
pair() { # name source target
  run "$1.json" check "$2" "$3" --format json
  run "$1.text" check "$2" "$3"
}
pair bench-bleualign $D/source-de.txt $D/target-fr.txt
pair bench-idleb $D/source-fr.txt $D/target-en.txt
while IFS=$'\t' read -r t s; do
  [[ "$t" = \#* || -z "$t" ]] && continue
  pair "corpus-$(basename "$t" .txt)" "$s" "$t"
done < $F/news/corpus-pairs.tsv
while IFS=$'\t' read -r t s rest; do
  [[ "$t" = \#* || -z "$t" ]] && continue
  pair "fixture-${t//\//-}" "$s" "$F/$t"
done < $F/pairs.tsv
for t in $F/news/*-from-*.txt; do
  b=$(basename "$t"); src="$F/news/${b#*-from-}"
  [ -f "$src" ] && pair "news-$b" "$src" "$t"
done
run compare-bench.json compare $D/source-fr.txt $D/target-en.txt --format json
A=../shared/bench/align/bleualign-dev
run align-dev.beads align --unit line --format beads $A/dev.de $A/dev.fr
run align-corpus.json align Corpus/idleb-2020-02/fr-echo.txt Corpus/translations/idleb-2020-02/en-from-fr-echo.txt --format json
echo "$n runs written to $OUT"
