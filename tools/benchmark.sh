#!/usr/bin/env bash
# Benchmark of the ViT-CX engine on DeiT-S/16 and ViT-B/16 at 224² (random weights, exported at run time,
# never committed). Prints a Markdown table: per-stage times and total / (the same 2K+1 forward passes alone).
#
#   tools/benchmark.sh [--repeats N]
#
# Needs Python with torch and timm (tools/requirements.txt) for the export: set PYTHON to that interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
out=target/benchmark
mkdir -p "$out"

for model in deit_small_patch16_224 vit_base_patch16_224; do
  [ -f "$out/$model.pt" ] || "$PYTHON" tools/export_model.py "$model" --seed 0 --output "$out/$model.pt" >&2
done

mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >&2
java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
  org.vitcx.bench.Benchmark "$@" "$out/deit_small_patch16_224.pt" "$out/vit_base_patch16_224.pt"
