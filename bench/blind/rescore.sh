#!/bin/bash
# usage: rescore.sh WORKTREE OUTDIR — every statement/agreement set, MEANTIME labels, every QA set (base or merged tree);
# statement and agreement sets in one process (facts-fast.mts), the clean and held-out sets (CLEAN) without --verbose
WT=$(cd "$1" && pwd); mkdir -p "$2"; OUT=$(cd "$2" && pwd); HERE=$(cd "$(dirname "$0")" && pwd); cd $WT
CLEAN='^blind-(29|32|65|68|71|74|77|80|83|86|89|92|95|96|97|98)$'
facts() {
  npx tsx "$HERE/facts-fast.mts" "$WT" "$OUT" "$CLEAN"
  npx tsx bench/facts-eval.ts --score statements --verbose > $OUT/mt-st-dev.txt 2>&1
  npx tsx bench/facts-eval.ts --score statements --labels bench/labels/statements-heldout.jsonl > $OUT/mt-st-held.txt 2>&1
  npx tsx bench/facts-eval.ts --score agreements --verbose > $OUT/mt-ag-dev.txt 2>&1
  npx tsx bench/facts-eval.ts --score agreements --labels bench/labels/agreements-heldout.jsonl > $OUT/mt-ag-held.txt 2>&1
}
qa() { npx tsx bench/qa-sets.ts --meaning yes --out $OUT/qa-lines.txt > $OUT/qa-sets.txt 2>&1; }
facts & qa & wait
echo done > $OUT/DONE
