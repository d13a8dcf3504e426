#!/usr/bin/env bash
# The folder-mode soak of docs/benchmarks.md (issue 21): N small images (default 2000; variants of the bundled demo
# fields, 5 % of them damaged files of every kind the hostile suite makes), explained by the built jar's folder
# mode with the demo model; the run is killed with kill -9 twice (when a third and two thirds of the images have
# rows) and resumed to the end, then resumed once more (every ok image must be skipped: nothing stale). While each
# run lives, its resident memory (RSS) and Java heap in use are sampled every 2 s. Then org.vitcx.bench.FolderSoak
# checks the result: every image exactly once in results.csv, the damaged ones and only they error rows, every ok
# row's image and files byte for byte what the row and its record say. Prints markdown tables; not a test.
#
# Usage: tools/folder_soak.sh [N=2000]
# Before: mvn -B package -DskipTests -Pbench (target/ViT_CX.jar, target/lib, target/test-classes, target/bench-classes).
# Environment: SOAK_DIR (default target/folder-soak) holds everything it writes; JAVA_OPTS (default -Xmx512m).
# The machine's load average is printed before each run: the machine may be shared.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-2000}
WORK=${SOAK_DIR:-target/folder-soak}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
MODEL=test-images/models/mitosis_vit.pt
rm -rf "$WORK" && mkdir -p "$WORK/build"
mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" >&2
# a copy of the build, so that a build running meanwhile cannot change it under the soak
cp -r target/ViT_CX.jar target/lib target/classes target/test-classes target/bench-classes "$WORK/build/"
JAR="$WORK/build/ViT_CX.jar"
TOOLS="$WORK/build/bench-classes:$WORK/build/test-classes:$WORK/build/classes:$(cat "$WORK/classpath.txt")"
java -cp "$TOOLS" org.vitcx.bench.FolderSoak make "$WORK/images" "$N"

rows() { # ROWS in results.csv so far (no image name of the soak holds a line break)
  if [[ -f "$WORK/out/results.csv" ]]; then echo $(( $(wc -l < "$WORK/out/results.csv") - 1 )); else echo 0; fi
}

sample() { # PID RUN: RSS and heap every 2 s while PID lives, into samples.tsv
  local pid=$1 run=$2 start=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    local rss heap
    rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || true)
    # survivor + eden + old generation in use (garbage included), and the old generation alone (what survives)
    heap=$(jstat -gc "$pid" 2>/dev/null | awk 'NR == 2 {printf "%d\t%d", ($3 + $4 + $6 + $8) / 1024, $8 / 1024}' \
      || true)
    [[ -n "$rss" && -n "$heap" ]] && printf '%s\t%s\t%s\t%s\t%s\n' "$run" $((SECONDS - start)) "$(rows)" "$rss" \
      "$heap" >> "$WORK/samples.tsv"
    sleep 2
  done
}

run() { # RUN KILL_AT_ROWS (0: to the end) [--resume]
  local run=$1 kill_at=$2; shift 2
  echo "run $run: load average $(cut -d' ' -f1-3 /proc/loadavg), $(rows) rows before" >&2
  java $JAVA_OPTS -jar "$JAR" explain --model "$MODEL" --images "$WORK/images" --out "$WORK/out" \
    --batch-size 8 "$@" > "$WORK/run$run.out" 2> "$WORK/run$run.err" &
  local pid=$! start=$SECONDS
  sample "$pid" "$run" &
  local sampler=$!
  if (( kill_at > 0 )); then
    while kill -0 "$pid" 2>/dev/null && (( $(rows) < kill_at )); do sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  local code=0
  wait "$pid" 2>/dev/null || code=$?
  wait "$sampler" || true
  echo "| $run | ${*:-(first run)} | $code | $(rows) | $((SECONDS - start)) | $(tail -n 2 "$WORK/run$run.out" | head -n 1) |"
}

echo "| run | options | exit code | rows after | seconds | summary |"
echo "|---|---|---|---|---|---|"
run 1 $((N / 3))
run 2 $((2 * N / 3)) --resume
run 3 0 --resume
run 4 0 --resume
echo
java -cp "$TOOLS" org.vitcx.bench.FolderSoak check "$WORK/images" "$WORK/out"
echo
# memory over each run, in tenths of its samples: flat means no growth from the first tenth to the last
echo "| run | tenth | seconds | rows | RSS (MB) | heap in use (MB) | old generation (MB) |"
echo "|---|---|---|---|---|---|---|"
awk -F'\t' '{ n[$1]++; line[$1, n[$1]] = $0 }
  END { for (r = 1; r <= 4; r++) for (t = 1; t <= 10; t++) if (n[r] >= 10 || t == 1) {
    i = int((t - 1) * n[r] / 10) + 1; if (i > n[r]) continue; split(line[r, i], f, "\t");
    printf "| %s | %d | %s | %s | %s | %s | %s |\n", f[1], t, f[2], f[3], f[4], f[5], f[6] } }' "$WORK/samples.tsv"
