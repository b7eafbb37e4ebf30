#!/bin/sh
# Fuzzes ingest → extraction → every exporter with libFuzzer (swiftc -sanitize=fuzzer,address).
#
#   scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]     (default 600 s; 0 = until stopped)
#
# The build uses a copy of the package in .build-fuzz/deps/kgbuild (rerun to pick up changes).
# Corpus: .build-fuzz/corpus (seeded from Tests/KGBuildCoreTests/Fixtures/inputs; the first byte of an
# input picks the reader, see IngestFuzzHarness.fileNames). Crashes, hangs and malformed exports land
# in .build-fuzz/artifacts; copy them to Tests/KGBuildCoreTests/Fixtures/fuzz/ once fixed, where
# FuzzRegressionTests replays them.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-600}
[ $# -gt 0 ] && shift
mkdir -p .build-fuzz/deps .build-fuzz/corpus .build-fuzz/artifacts
# a snapshot of the package, so that edits made while the (long) instrumented build runs do not break it
rm -rf .build-fuzz/deps/kgbuild && mkdir -p .build-fuzz/deps/kgbuild
tar -cf - --exclude='./.build*' --exclude=./.git --exclude=./fuzz --exclude=./exports --exclude=./seeds . \
    | tar -xf - -C .build-fuzz/deps/kgbuild
swift build -c release --package-path fuzz --scratch-path .build-fuzz/build \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
bin=$(swift build -c release --package-path fuzz --scratch-path .build-fuzz/build --show-bin-path)/IngestFuzzer
# seeds: each fixture under the reader its extension selects (prefix byte = index in fileNames)
for f in Tests/KGBuildCoreTests/Fixtures/inputs/*.* Tests/KGBuildCoreTests/Fixtures/inputs/hostile/*.* Tests/KGBuildCoreTests/Fixtures/fuzz/*; do
    [ -f "$f" ] || continue
    case "$f" in
        */fuzz/*) cp "$f" ".build-fuzz/corpus/regression-$(basename "$f")"; continue ;;
        *.html) p=1 ;; *.rss) p=2 ;; *.atom) p=3 ;; *.json) p=4 ;; *.jsonl) p=5 ;; *.xml) p=6 ;; *) p=0 ;;
    esac
    { printf "\\$(printf %o "$p")"; cat "$f"; } > ".build-fuzz/corpus/seed-$(basename "$f")"
done
exec "$bin" .build-fuzz/corpus -artifact_prefix=.build-fuzz/artifacts/ -max_total_time="$seconds" \
    -dict=fuzz/ingest.dict -timeout=20 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 "$@"
