#!/bin/sh
# import_stress.sh BIN [RUNS]: runs `folio import` of four small HTML pages RUNS times
# (default 1000), each into a fresh library, and prints how many runs ended with each exit
# status (`uniq -c`). 0 is success; 139 is a crash (SIGSEGV), 137 a hang killed after 5 s.
# libxml2 used from parser threads without `xmlInitParser` gave about 5 % of each.
set -eu
bin=$1; runs=${2:-1000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/pages"
for i in 1 2 3 4; do
  printf '<html><head><title>T%s</title></head><body><article><h1>Head %s</h1><p>Some words in a paragraph that is long enough to be an article body paragraph number %s.</p></article></body></html>\n' \
    "$i" "$i" "$i" > "$dir/pages/p$i.html"
done
i=0
while [ "$i" -lt "$runs" ]; do
  rm -f "$dir"/t.sqlite*
  status=0
  timeout -s KILL 5 "$bin" import --library "$dir/t.sqlite" "$dir/pages" >/dev/null 2>&1 || status=$?
  echo "$status"
  i=$((i + 1))
done | sort | uniq -c
