#!/usr/bin/env bash
# Instruction profile (issue 8): wall-clock timings on shared machines vary by 20%, instruction counts
# do not. Builds kgbuild in release mode, strips its DWARF (valgrind 3.19 cannot read Swift's DWARF 5; the
# symbol table stays), generates a corpus of SIZE_MB (default 1) with scripts/gen_corpus.py, runs it under
# callgrind on one thread and prints the total instructions and the top functions, inclusive and self.
#
#   scripts/profile.sh [SIZE_MB]        # KGBUILD_SCRATCH_PATH, BENCH_DIR as for scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${KGBUILD_SCRATCH_PATH:-.build}"
dir="${BENCH_DIR:-${TMPDIR:-/tmp}/kgbuild-bench}"
mb="${1:-1}"
command -v valgrind >/dev/null || { echo "profile: needs valgrind (Debian: apt-get install valgrind)" >&2; exit 1; }
mkdir -p "$dir"
swift build -c release --scratch-path "$scratch" 2>&1 | tail -n 1 >&2
strip --strip-debug -o "$dir/kgbuild-profiled" "$scratch/release/kgbuild"
[ -f "$dir/seeds.extract.jsonl" ] || "$scratch/release/kgbuild" extract seeds/ -q > "$dir/seeds.extract.jsonl"
corpus="$dir/corpus-$mb"
if [ ! -f "$corpus/.done" ]; then
    rm -rf "$corpus"
    python3 scripts/gen_corpus.py "$mb" "$corpus" --extract "$dir/seeds.extract.jsonl" >&2
    touch "$corpus/.done"
fi
out="$dir/callgrind.out"
KGBUILD_NO_SUPERVISOR=1 valgrind --tool=callgrind --callgrind-out-file="$out" "$dir/kgbuild-profiled" "$corpus" --no-cache -q --jobs 1 \
    -o "$dir/profile.graphml" 2>&1 | grep -E 'Collected' | sed 's/.*Collected : /instructions: /'
echo "--- inclusive"
callgrind_annotate --inclusive=yes "$out" | grep -E '^ *[0-9,]+ \(' | grep KGBuildCore | head -n 25 | cut -c1-160
echo "--- self"
callgrind_annotate "$out" | grep -E '^ *[0-9,]+ \(' | sed -n '2,21p' | cut -c1-160
