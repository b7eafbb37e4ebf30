#!/bin/sh
# Regenerates the golden exports the tests compare against and the sample exports in exports/:
# seeds/ in every format (graphml, gexf, dot, json, csv) and view (full, actors, events), plus
# exports/seed.svg rendered by graphviz. Run from anywhere after an intended change of the output
# (extraction rules, ontology, exporters); review the diff before committing.
# KGBUILD_SCRATCH_PATH selects the SwiftPM build folder (default .build).
set -eu
cd "$(dirname "$0")/.."
scratch="${KGBUILD_SCRATCH_PATH:-.build}"
swift build --scratch-path "$scratch"
bin="$scratch/debug/kgbuild"
golden=Tests/KGBuildCoreTests/Fixtures/golden
mkdir -p "$golden" exports
for view in full actors events; do
  if [ "$view" = full ]; then name=seed; else name="seed-$view"; fi
  for fmt in graphml gexf dot json; do
    "$bin" seeds/ -q --view "$view" --format "$fmt" -o "$golden/$name.$fmt"
    cp "$golden/$name.$fmt" "exports/$name.$fmt"
  done
  "$bin" seeds/ -q --view "$view" --format csv -o "exports/$name-csv"
  cp "exports/$name-csv/nodes.csv" "$golden/$name.nodes.csv"
  cp "exports/$name-csv/edges.csv" "$golden/$name.edges.csv"
done
if command -v dot >/dev/null 2>&1; then
  dot -Tsvg exports/seed.dot -o exports/seed.svg
else
  echo "update-goldens: graphviz's dot is missing, exports/seed.svg not updated" >&2
fi
echo "updated $golden/seed*.{graphml,gexf,dot,json,nodes.csv,edges.csv} and exports/ (every format and view, seed.svg)"
