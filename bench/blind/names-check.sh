#!/bin/bash
# names-check.sh REPO BASE: capitalised words added in src/ tests/ (non-blind) that appear in blind sets but not in the base tree's non-blind src/tests
REPO=$1; BASE=$2
cat $REPO/tests/understand/*blind*.fixture.ts $REPO/bench/qa-blind*/*.json ${CLEAN_SET:-/nonexistent}/*.fixture.ts ${CLEAN_SET:-/nonexistent}/qa/*.json 2>/dev/null | grep -ohE "\b[A-Z][a-z]+\b" | sort -u > /tmp/blindw.txt
git -C $REPO grep -hoE "\b[A-Z][a-z]+\b" $BASE -- src ':!tests/**/*blind*' tests | sed 's/^[^:]*://' | sort -u > /tmp/basew.txt
git -C $REPO diff -U0 $BASE -- src tests ':!tests/understand/*blind*' | grep "^+" | grep -v "^+++" | grep -ohE "\b[A-Z][a-z]+\b" | sort -u > /tmp/addw.txt
comm -12 /tmp/addw.txt /tmp/blindw.txt | comm -23 - /tmp/basew.txt
