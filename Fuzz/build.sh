#!/bin/sh
# Builds the libFuzzer targets (-sanitize=fuzzer,address) into .build/fuzz/ and writes their
# seed corpora into .build/fuzz/corpus/TARGET/ from the samples, the fixtures and Fuzz/seeds.
#
#   Fuzz/build.sh                  # all three targets
#   Fuzz/build.sh filter-parser    # one of: text-parser html-parser filter-parser
#
# Each target is the module's own sources compiled by swiftc together with one file from
# Fuzz/ (one module, so the target sees internals); SwiftPM is not involved.
set -eu
cd "$(dirname "$0")/.."
out=.build/fuzz
mkdir -p "$out"
flags="-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 -use-ld=lld"

build() {
    name=$1; shift
    echo "building $out/$name"
    # shellcheck disable=SC2086
    swiftc $flags -module-name "Fuzz$(echo "$name" | tr -d -)" "$@" -o "$out/$name"
}

corpus() {
    dir="$out/corpus/$1"; shift
    mkdir -p "$dir"
    for f in "$@"; do cp "$f" "$dir/"; done
}

targets=${1:-text-parser html-parser filter-parser}
for target in $targets; do
    case $target in
    text-parser)
        build text-parser -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 \
            Sources/Extraction/*.swift Fuzz/PageCheck.swift Fuzz/TextParserFuzz.swift -lxml2 -lz
        corpus text-parser Resources/samples/*.txt Tests/ExtractionTests/Fixtures/*.txt \
            Tests/FolioEndToEndTests/Fixtures/*.txt
        ;;
    html-parser)
        build html-parser -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 \
            Sources/Extraction/*.swift Fuzz/PageCheck.swift Fuzz/HTMLParserFuzz.swift -lxml2 -lz
        corpus html-parser Tests/ExtractionTests/Fixtures/*.html Tests/ExtractionTests/Fixtures/*.html.gz \
            Fuzz/seeds/html/*
        ;;
    filter-parser)
        build filter-parser Sources/FilterQuery/*.swift Fuzz/FilterParserFuzz.swift
        corpus filter-parser Fuzz/seeds/filter/*
        ;;
    *) echo "unknown target $target (text-parser, html-parser, filter-parser)" >&2; exit 2 ;;
    esac
done
