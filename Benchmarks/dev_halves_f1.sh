#!/bin/sh
# dev_halves_f1.sh BIN OUT [CORPUS]: F1 of `BIN extract` on DEV halves A, B and the whole,
# for HTML pages and text dumps. Halves come from dev_halves.py (A = tune, B = check).
set -eu
bin=$1; out=$2; corpus=${3:-../shared/corpus}
tools=$(dirname "$corpus")/tools
here=$(dirname "$0")
python3 "$here/dev_halves.py" "$corpus/html-dev" "$out/halves" > /dev/null
for kind in html text; do
  python3 "$tools/extract_bodies.py" "$bin" "$corpus/$kind-dev" "$out/$kind"
  for half in A B; do
    printf '%s-dev %s:     ' "$kind" "$half"; python3 "$tools/extract_eval.py" "$out/halves/$half" "$out/$kind" | tail -1
  done
  printf '%s-dev whole: ' "$kind"; python3 "$tools/extract_eval.py" "$corpus/html-dev" "$out/$kind" | tail -1
done
