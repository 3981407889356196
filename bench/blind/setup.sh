#!/bin/bash
# usage: bash bench/blind/setup.sh NOTES NN "sector, sector, …" — run from the project root (see README.md here)
set -euo pipefail
NOTES=$1; NN=$2; SECTORS=$3
mkdir -p "$NOTES/blind$NN/qa"
grep -ohE "\b[A-Z][a-z]+ [A-Z][a-z]+\b" tests/understand/*fixture.ts bench/qa-*/*.json | sort -u > "$NOTES/used-names.txt"
{ grep -h "^    name: '" tests/understand/*blind*.fixture.ts | sed "s/    name: '//;s/',//"
  node -e "for (const f of process.argv.slice(1)) for (const a of JSON.parse(require('fs').readFileSync(f,'utf8')).data) console.log(a.title)" bench/qa-blind*/squad2_dev40.json; } > "$NOTES/used-topics.txt"
AVOID="the topics listed in $NOTES/used-topics.txt (slugs and titles of earlier sets; you may read that file and $NOTES/used-names.txt, nothing else outside your folder)"
sed -e "s#NN#$NN#g" -e "s#HH:MM#$(date -u +%H:%M)#" -e "s#SECTORS#$SECTORS#" -e "s#AVOID#$AVOID#" -e "s#/work/notes#$NOTES#g" -e "s#/work/main#$PWD#g" bench/blind/BRIEF.md > "$NOTES/blind$NN/BRIEF.md"
sed -e "s#/work/main#$PWD#" bench/blind/check.ts > "$NOTES/blind$NN/check.ts"
echo '{"type":"module"}' > "$NOTES/blind$NN/package.json"
echo "$NOTES/blind$NN ready"
