#!/usr/bin/env bash
# Tiled explanation benchmark (docs/benchmarks.md, "Tiles"): the demo model on generated 16-bit fields of 512²,
# 2048² and 8192² (the bundled 512² sample, mirrored and repeated in memory), each run in its own JVM with
# -Xmx2g so the peak heap and RSS are its own. Prints a Markdown table. Needs no Python.
#
#   tools/tile_benchmark.sh                 # the runs of docs/benchmarks.md
#   tools/tile_benchmark.sh 2048 64 4 0    # one run: size, stride, tiles in flight, window (0: the model's)
set -euo pipefail
cd "$(dirname "$0")/.."
# build once, then every run in its own JVM
tools/bench.sh --build
run() {
  VITCX_BENCH_BUILT=1 tools/bench.sh -Xmx2g TileBenchmark "$@"
}
echo "| field | window | stride | tiles in flight | tiles | seconds | tiles/s | mean shared batch | peak heap | peak RSS | -Xmx |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
if [ $# -gt 0 ]; then run "$@"; exit; fi
run 8192 256 4 256   # memory at 8192²: 32 × 32 tiles of 256² rescaled to 64² (the 64² grid: see docs)
run 512 32 4
run 512 32 1
run 512 64
run 512 16
run 2048 64
