#!/usr/bin/env bash
# Runs one benchmark or study main class of src/bench/java (profile bench) in its own JVM, with the plugin's
# classpath; builds what it needs first (offline). Used by tools/tile_benchmark.sh and tools/objects_benchmark.sh.
#
#   tools/bench.sh [-XmxSIZE] CLASS [ARGS...]     e.g. tools/bench.sh -Xmx1g ObjectsStudy /tmp/fields 500
#   tools/bench.sh --build                         only build (then VITCX_BENCH_BUILT=1 skips it per run)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/benchmark
mkdir -p "$out"
if [ -z "${VITCX_BENCH_BUILT:-}" ]; then
  mvn -B -q -o -DskipTests -Pbench test-compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >&2
fi
if [ "${1:-}" = --build ]; then exit 0; fi
heap=-Xmx2g
if [[ "${1:-}" == -Xmx* ]]; then heap=$1; shift; fi
class=$1; shift
exec java "$heap" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/bench-classes:target/test-classes:target/classes:$(cat "$out/classpath.txt")" "org.vitcx.bench.$class" "$@"
