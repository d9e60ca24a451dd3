#!/bin/sh
# Library benchmark (issue #3): import speed, query latency, size and peak memory.
#
#   swift build -c release --product folio
#   python3 Benchmarks/generate_corpus.py --count 100000 --out /tmp/c100k --seed 1
#   Benchmarks/library_bench.sh /tmp/c100k /tmp/bench-100k.sqlite
#
# Needs /usr/bin/time (GNU) and hyperfine. Prints one figure per line.
set -eu
corpus=$1
library=$2
folio=${FOLIO:-.build/release/folio}
# EXTRACTOR=lines measures the store alone (a trivial line splitter instead of the page parser).
extractor=${EXTRACTOR:-page}
rm -f "$library" "$library-wal" "$library-shm"

pages=$(find "$corpus" -type f -name '*.txt' | wc -l)
bytes=$(find "$corpus" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "corpus: $pages pages, $bytes bytes"

/usr/bin/time -v "$folio" import --extractor "$extractor" --library "$library" "$corpus" > "$library.import.out" 2> "$library.import.time" || true
cat "$library.import.out"
wall=$(grep 'Elapsed (wall clock)' "$library.import.time" | awk '{print $NF}')
rss=$(grep 'Maximum resident set size' "$library.import.time" | awk '{print $NF}')
seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
echo "import: ${seconds} s wall, $(awk "BEGIN {printf \"%d\", $pages / $seconds}") pages/s, peak RSS ${rss} KB"

# Marks so the mark filters have something to find: a few starred, about half read.
"$folio" mark --library "$library" --query 'title:market OR title:tariff' --star > /dev/null
"$folio" mark --library "$library" --query 'china' --read > /dev/null

"$folio" stats --checkpoint --library "$library"
size=$(stat -c %s "$library")
echo "library: $size bytes after checkpoint, $(awk "BEGIN {printf \"%.2f\", $size / $bytes}")x the imported bytes"

echo "matches: trade -trump $("$folio" list --library "$library" --limit 1000000 --format tsv 'trade -trump' | wc -l)," \
     "is:unread is:starred after:2016-12 $("$folio" list --library "$library" --limit 1000000 --format tsv 'is:unread is:starred after:2016-12' | wc -l)"
hyperfine --warmup 3 --runs 30 -N \
    "$folio list --library $library 'trade -trump' --limit 50" \
    "$folio list --library $library 'is:unread is:starred after:2016-12' --limit 50" \
    "$folio stats --library $library"
