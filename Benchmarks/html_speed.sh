#!/bin/sh
# html_speed.sh BIN CORPUS_DIR [REPEATS]: CPU milliseconds per HTML page for `folio extract`.
# Runs one `folio extract` process over every page of CORPUS_DIR, REPEATS times over
# (one process, many paths, so start-up is paid once), measures its CPU time (user+sys)
# with perf stat, subtracts the CPU time of one start-up on a one-line page, and divides
# by the number of pages extracted. Output goes to /dev/null; rendering JSON is included.
set -eu
bin=$1; dir=$2; repeats=${3:-10}
pages=$(ls "$dir"/*.html)
n=$(echo "$pages" | wc -l)
args=""
i=0
while [ "$i" -lt "$repeats" ]; do args="$args $pages"; i=$((i + 1)); done
tiny=$(mktemp --suffix=.html)
echo '<html><body><p>One paragraph, long enough to be taken for an article body by the extractor.</p></body></html>' > "$tiny"
cpu() { perf stat -x, -e task-clock "$@" 2>&1 >/dev/null | awk -F, '/task-clock/ { print $1 }'; }
start=$(cpu "$bin" extract --format json "$tiny")
total=$(cpu "$bin" extract --format json $args)
rm -f "$tiny"
awk -v t="$total" -v s="$start" -v n="$n" -v r="$repeats" 'BEGIN {
  printf "pages %d x %d  total %.0f ms CPU  start-up %.1f ms  per page %.2f ms CPU\n", n, r, t, s, (t - s) / (n * r) }'
