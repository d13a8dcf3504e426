#!/usr/bin/env bash
# Benchmark of the ViT-CX engine on DeiT-S/16 and ViT-B/16 at 224², float32 and int8 (--quantize int8) side by
# side (random weights, exported at run time, never committed). Prints a Markdown table: per-stage times, the
# forward passes' share, total / (the same 2K+1 forward passes alone), features → K masks in fresh JVMs and once
# compiled, and the peak resident memory. Each model runs in its own JVM, float and int8 of a model one after
# the other, so that their ratio holds when the machine's speed drifts.
#
#   tools/benchmark.sh [--repeats N]
#
# Needs Python with torch and timm (tools/requirements.txt) for the export: set PYTHON to that interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
out=target/benchmark
mkdir -p "$out"

files=()
for model in deit_small_patch16_224 vit_base_patch16_224; do
  [ -f "$out/$model.pt" ] || "$PYTHON" tools/export_model.py "$model" --seed 0 --output "$out/$model.pt" >&2
  [ -f "$out/${model}_int8.pt" ] ||
    "$PYTHON" tools/export_model.py "$model" --seed 0 --quantize int8 --output "$out/${model}_int8.pt" >&2
  files+=("$out/$model.pt" "$out/${model}_int8.pt")
done

mvn -B -q -DskipTests -Pbench test-compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >&2
header=()
for file in "${files[@]}"; do
  java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "target/bench-classes:target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
    org.vitcx.bench.Benchmark "${header[@]}" "$@" "$file"
  header=(--no-header)
done
