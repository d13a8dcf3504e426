#!/usr/bin/env bash
# Per-object benchmark (docs/benchmarks.md, "Objects"): ViT-CX with the single-cell model on 100, 1,000 and 3,000
# cells (copies of the bundled field_03, made in memory), each run in its own JVM with -Xmx512m so the peak heap and
# RSS are its own. Prints a Markdown table. Needs no Python.
#
#   tools/objects_benchmark.sh            # the runs of docs/benchmarks.md
#   tools/objects_benchmark.sh 500 1      # one run: objects, windows in flight
set -euo pipefail
cd "$(dirname "$0")/.."
# build once, then every run in its own JVM
tools/bench.sh --build
run() {
  VITCX_BENCH_BUILT=1 tools/bench.sh -Xmx512m ObjectsBenchmark "$@"
}
echo "| objects | windows in flight | seconds | seconds/object | mean shared batch | live heap before | live heap during (max) | peak heap | peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|"
if [ $# -gt 0 ]; then run "$@"; exit; fi
run 100
run 1000
run 3000
run 1000 1
