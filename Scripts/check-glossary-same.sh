#!/bin/sh
# Whether two builds of parallax read glossaries the same way: `facts --format json` on
# every Corpus story (shipped Glossaries/, and with an extra glossary when given) and
# `glossary lookup --format json` on a sample of terms, compared byte for byte.
#   Scripts/check-glossary-same.sh OLD_BINARY NEW_BINARY [EXTRA_GLOSSARY.tsv]
# Exit 0 when every output is identical.
set -u
old=$1
new=$2
extra=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
. "$(dirname "$0")/same-output.sh"
same "facts Corpus/*/" facts Corpus/*/ --format json
terms="Idleb d'Idleb d’Idleb İdlib'de بإدلب Идлибе IDLEB Эрдогана osdh OSDH SOHR ONU UN \
Erdoğan erdogan Damas Дамаск دمشق Türkiye Moskau Zyxwv bilan blessés"
for term in $terms; do same "lookup $term" glossary lookup "$term" --format json; done
same "lookup в Идлибе" glossary lookup "в Идлибе" --format json
same "lookup idlib --lang fr" glossary lookup idlib --lang fr --format json
if [ -n "$extra" ]; then
  same "facts Corpus/*/ + $extra" facts Corpus/*/ --glossary "$extra" --format json
  for term in Selfamal d’Selfamal Селфамале بسلفامال Selfamal\'de HAFA Zzqhafa; do
    same "lookup $term in $extra" glossary lookup "$term" --glossary "$extra" --format json
  done
fi
exit $status
