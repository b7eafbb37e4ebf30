#!/bin/sh
# Regenerates the golden exports the tests compare against, and the sample exports in exports/.
# Run from anywhere after an intended change of the output; review the diff before committing.
set -eu
cd "$(dirname "$0")/.."
swift build
bin=.build/debug/kgbuild
golden=Tests/KGBuildCoreTests/Fixtures/golden
mkdir -p "$golden" exports
"$bin" seeds/ -q -o "$golden/seed.graphml"
"$bin" seeds/ -q --format dot -o "$golden/seed.dot"
"$bin" seeds/ -q -o exports/seed.graphml
"$bin" seeds/ -q --format dot -o exports/seed.dot
"$bin" seeds/ -q --format json -o exports/seed.json
echo "updated $golden/seed.graphml, $golden/seed.dot and exports/seed.{graphml,dot,json}"
