#!/usr/bin/env bash
# Benchmark (issue 8): builds kgbuild in release mode, generates a corpus of N MB per size given
# (scripts/gen_corpus.py: the seed articles with names, dates and numbers varied, and template
# articles), and runs on the same files
#   - a reference single pass: grep -c -F -f TERMS (the ontology's trigger phrases and actor names),
#   - kgbuild with --jobs 1 and with all cores (--no-cache, GraphML out; outputs compared with cmp),
# printing MB/s of both, their ratio, articles/s, peak RSS (/usr/bin/time -f %M) and the speedup
# from 1 to all cores.
#
# With BENCH_CACHE=1 it also times the default path, with the extraction cache: a first run into an empty
# cache folder and a second run that reads every article from it (outputs compared with the others).
#
#   scripts/bench.sh [SIZE_MB ...]          # default: 10
#   KGBUILD_SCRATCH_PATH=.build-perf BENCH_DIR=/tmp/kgbuild-bench scripts/bench.sh 10 100
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${KGBUILD_SCRATCH_PATH:-.build}"
dir="${BENCH_DIR:-${TMPDIR:-/tmp}/kgbuild-bench}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10)
mkdir -p "$dir"
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }

swift build -c release --scratch-path "$scratch" 2>&1 | tail -n 1 >&2
kg="$scratch/release/kgbuild"
"$kg" ontology terms > "$dir/terms.txt"
"$kg" extract seeds/ -q > "$dir/seeds.extract.jsonl" 2>/dev/null || "$kg" extract seeds/ > "$dir/seeds.extract.jsonl" 2>/dev/null
cores=$(nproc)

# seconds and peak RSS (KB) of a command: "SECONDS KB"
# (wall time from $EPOCHREALTIME: /usr/bin/time's %e has 10 ms steps, too coarse for grep)
measure() {
    local t0=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$dir/time.txt" "$@" >/dev/null 2>"$dir/stderr.txt" || { cat "$dir/stderr.txt" >&2; exit 1; }
    local t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" -v kb="$(tail -n 1 "$dir/time.txt")" 'BEGIN { printf "%.3f %d\n", b - a, kb }'
}

printf '%-6s %8s %9s %9s %7s %10s %10s %11s %9s %8s\n' corpus articles "grep MB/s" "kg MB/s" "ratio" "kg/core" "articles/s" "peak RSS" "1→${cores} core" identical
for mb in "${sizes[@]}"; do
    corpus="$dir/corpus-$mb"
    if [ ! -f "$corpus/.done" ]; then
        rm -rf "$corpus"
        python3 scripts/gen_corpus.py "$mb" "$corpus" --extract "$dir/seeds.extract.jsonl" >&2
        touch "$corpus/.done"
    fi
    bytes=$(find "$corpus" -type f ! -name '.*' -printf '%s\n' | awk '{ s += $1 } END { print s }')
    sync
    # warm the page cache for both, then time each
    cat $(find "$corpus" -type f ! -name '.*') > /dev/null
    read -r gsec _ < <(measure grep -r -c -F -f "$dir/terms.txt" --include='*.jsonl' --include='*.txt' "$corpus")
    read -r ksec krss < <(measure "$kg" "$corpus" --no-cache -o "$dir/out-all.graphml")
    articles=$(grep -o '^kgbuild: [0-9]* articles' "$dir/stderr.txt" | grep -o '[0-9]*' || echo 0)
    read -r k1sec k1rss < <(measure "$kg" "$corpus" --no-cache --jobs 1 -o "$dir/out-1.graphml")
    same=no; cmp -s "$dir/out-all.graphml" "$dir/out-1.graphml" && same=yes
    awk -v mb="$mb" -v b="$bytes" -v n="$articles" -v g="$gsec" -v k="$ksec" -v k1="$k1sec" -v rss="$krss" -v rss1="$k1rss" -v same="$same" 'BEGIN {
        m = b / 1e6; g = (g < 0.001 ? 0.001 : g); k = (k < 0.001 ? 0.001 : k); k1 = (k1 < 0.001 ? 0.001 : k1)
        printf "%-6s %8d %9.1f %9.2f %6.1fx %10.2f %10.0f %8.0f MB %8.2fx %8s\n", mb "MB", n, m / g, m / k, (m / g) / (m / k), m / k1, n / k, (rss > rss1 ? rss : rss1) / 1024, k1 / k, same
    }'
    echo "        grep ${gsec} s; kgbuild all cores ${ksec} s (${krss} KB); --jobs 1 ${k1sec} s (${k1rss} KB); GraphML $(stat -c %s "$dir/out-all.graphml") bytes" >&2
    if [ "${BENCH_CACHE:-0}" = 1 ]; then
        rm -rf "$dir/cache"
        read -r c1sec c1rss < <(measure "$kg" "$corpus" --cache "$dir/cache" -o "$dir/out-cache1.graphml")
        read -r c2sec c2rss < <(measure "$kg" "$corpus" --cache "$dir/cache" -o "$dir/out-cache2.graphml")
        csame=no; cmp -s "$dir/out-all.graphml" "$dir/out-cache1.graphml" && cmp -s "$dir/out-all.graphml" "$dir/out-cache2.graphml" && csame=yes
        awk -v mb="$mb" -v b="$bytes" -v c1="$c1sec" -v c2="$c2sec" -v r1="$c1rss" -v r2="$c2rss" -v size="$(du -sm "$dir/cache" | cut -f1)" -v same="$csame" 'BEGIN {
            m = b / 1e6
            printf "%-6s with the cache: first run %.2f MB/s (%.2f s, %.0f MB), second run %.2f MB/s (%.2f s, %.0f MB); cache %d MB; identical %s\n", mb "MB", m / c1, c1, r1 / 1024, m / c2, c2, r2 / 1024, size, same
        }'
    fi
done
