#!/bin/bash
# usage: rescore.sh WORKTREE OUTDIR — every statement/agreement set, MEANTIME labels, every QA set (base or merged tree)
WT=$1; OUT=$2; mkdir -p $OUT; cd $WT
CLEAN='^blind-(29|32|65|68|71|74|77|80|81|82|83)$'
ST=$(sed -n '/^export const STATEMENT_SETS/,/^};/p' bench/facts/statement-patterns.ts | grep -oE "^\s*('[^']+'|[a-z0-9]+):" | tr -d " :'")
AG=$(sed -n '/^export const PATTERN_SETS/,/^};/p' bench/facts/patterns.ts | grep -oE "^\s*('[^']+'|[a-z0-9]+):" | tr -d " :'")
facts() {
  for k in $ST; do v=--verbose; [[ $k =~ $CLEAN ]] && v=; npx tsx bench/facts-eval.ts --score statement-patterns $v --$k > $OUT/st-$k.txt 2>&1; done
  for k in $AG; do v=--verbose; [[ $k =~ $CLEAN ]] && v=; npx tsx bench/facts-eval.ts --score patterns $v --$k > $OUT/ag-$k.txt 2>&1; done
  npx tsx bench/facts-eval.ts --score statements --verbose > $OUT/mt-st-dev.txt 2>&1
  npx tsx bench/facts-eval.ts --score statements --labels bench/labels/statements-heldout.jsonl > $OUT/mt-st-held.txt 2>&1
  npx tsx bench/facts-eval.ts --score agreements --verbose > $OUT/mt-ag-dev.txt 2>&1
  npx tsx bench/facts-eval.ts --score agreements --labels bench/labels/agreements-heldout.jsonl > $OUT/mt-ag-held.txt 2>&1
}
qa() { npx tsx bench/qa-sets.ts --meaning yes --out $OUT/qa-lines.txt > $OUT/qa-sets.txt 2>&1; }
facts & qa & wait
echo done > $OUT/DONE
