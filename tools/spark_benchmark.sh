#!/usr/bin/env bash
# The Spark benchmark of docs/benchmarks.md (issue 14): images per second over N generated demo fields for
#   (a) the local folder mode, one JVM, 2 libtorch threads;
#   (b) the Spark job in local mode, local[2] (2 tasks at once, 1 libtorch thread each);
#   (c) the Spark job on a standalone cluster on 127.0.0.1: a Master and two 1-core Workers;
# the per-task overhead of (b) and (c) (job time x task slots - the images' own seconds, per image); then the
# per-image time (median, p90) of DeiT-S and ViT-B at 224x224 at 1 libtorch thread, and the wall time this
# predicts for 50,000 images on 1, 8 and 64 one-core executors. Prints markdown tables; not a test.
#
# Usage: tools/spark_benchmark.sh [N=1000] [REPEATS_224=12]
# Before: mvn -B package -Pspark -DskipTests (target/ViT_CX.jar, target/lib, target/ViT_CX-spark.jar).
# Environment: PYTHON (with numpy, scipy, Pillow: tools/requirements.txt) generates the fields;
#   DEIT_MODEL, VITB_MODEL (TorchScript exports, e.g. by tools/export_model.py) and IMAGE224 (an RGB PNG) for the
#   224x224 part, skipped if unset; BENCH_DIR (default target/spark-benchmark) holds everything it writes.
# Run it on a quiet machine, with "nice -n 10" if others share it; it prints the load average before each run.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-1000}
REPEATS=${2:-12}
WORK=${BENCH_DIR:-target/spark-benchmark}
PYTHON=${PYTHON:-python3}
MODEL=test-images/models/mitosis_vit.pt
OPTIONS=(--batch-size 8)
OPENS=()
for p in java.lang java.lang.invoke java.nio sun.nio.ch java.util java.util.concurrent sun.util.calendar java.net java.io; do
  OPENS+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

for f in target/ViT_CX.jar target/ViT_CX-spark.jar; do
  [ -f "$f" ] || { echo "$f is missing: run mvn -B package -Pspark -DskipTests first." >&2; exit 1; }
done

# --- the fields (not committed: generated here) -------------------------------------------------------------------
FIELDS=$WORK/fields-$N
if [ "$(ls "$FIELDS" 2>/dev/null | grep -vc _mask || true)" != "$N" ]; then
  rm -rf "$FIELDS"
  "$PYTHON" tools/make_microscopy.py --evaluation-set "$FIELDS" "$N" > /dev/null
fi

# --- Spark's class path as a cluster provides it (tools/spark_submit.sh writes it), for the Master and Workers -------
CP_FILE=target/spark-classpath.txt
[ -s "$CP_FILE" ] || mvn -B -q -Pspark dependency:build-classpath -Dmdep.outputFile="$CP_FILE" > /dev/null
SPARK_CP=$(tr ':' '\n' < "$CP_FILE" | grep -v -e '/ai/djl/' -e 'slf4j-simple' | paste -sd: -)

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Sum of the seconds column of a results.csv (column 9), and the row count.
seconds_sum() { awk -F, 'NR > 1 { s += $9; n++ } END { printf "%.3f %d\n", s, n }' "$1"; }

# The time Spark's log gives for the explain stage: "Job 0 finished: collect at ... took X ms" (or "X s").
job_seconds() {
  grep -m1 'Job 0 finished' "$1" | sed -E 's/.*took ([0-9.]+) (m?s).*/\1 \2/' |
    awk '{ printf "%.1f", $2 == "ms" ? $1 / 1000 : $1 }'
}

declare -a ROWS=()
OVERHEAD=0

row() { # name wall_seconds job_seconds slots out_dir
  local name=$1 wall=$2 job=$3 slots=$4 out=$5 sum n
  read -r sum n < <(seconds_sum "$out/results.csv")
  [ "$job" = "-" ] || OVERHEAD=$(awk -v job="$job" -v slots="$slots" -v sum="$sum" -v n="$n" \
    'BEGIN { printf "%.3f", (job * slots - sum) / n }')
  ROWS+=("$(awk -v name="$name" -v wall="$wall" -v job="$job" -v slots="$slots" -v sum="$sum" -v n="$n" 'BEGIN {
    over = job == "-" ? "-" : sprintf("%.3f", (job * slots - sum) / n);
    jobrate = job == "-" ? "-" : sprintf("%.2f", n / job);
    printf "| %s | %d | %.1f | %.2f | %s | %s | %.3f | %s |", name, n, wall, n / wall, job, jobrate, sum / n, over }')")
}

spark_submit() { # master out log [conf...]
  local master=$1 out=$2 log=$3
  shift 3
  local conf=()
  for c in "$@"; do conf+=(--conf "$c"); done
  tools/spark_submit.sh --master "$master" \
    --conf spark.ui.enabled=false "${conf[@]}" --class org.vitcx.spark.SparkExplain target/ViT_CX-spark.jar \
    --images "$FIELDS" --out "$out" --model "$MODEL" "${OPTIONS[@]}" > "$log" 2>&1
}

timed() { # runs "$@" (its output dropped), prints the wall seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }'
}

# --- (a) folder mode, 2 threads --------------------------------------------------------------------------------------
echo "load before (a): $(load)" >&2
rm -rf "$WORK/out-folder"
WALL=$(timed java -Dai.djl.pytorch.num_threads=2 -Dai.djl.pytorch.num_interop_threads=1 -jar target/ViT_CX.jar \
  explain --images "$FIELDS" --out "$WORK/out-folder" --model "$MODEL" "${OPTIONS[@]}" 2> "$WORK/folder.log")
row "folder mode, 1 JVM, 2 threads" "$WALL" "-" 2 "$WORK/out-folder"

# --- (b) Spark local[2] ----------------------------------------------------------------------------------------------
echo "load before (b): $(load)" >&2
rm -rf "$WORK/out-local"
WALL=$(timed spark_submit 'local[2]' "$WORK/out-local" "$WORK/local.log")
row "Spark local[2], 2 tasks x 1 thread" "$WALL" "$(job_seconds "$WORK/local.log")" 2 "$WORK/out-local"

# --- (c) standalone cluster: Master + two 1-core Workers on 127.0.0.1 -------------------------------------------------
echo "load before (c): $(load)" >&2
HOME_DIR=$WORK/spark-home
mkdir -p "$HOME_DIR/jars"
tr ':' '\n' <<< "$SPARK_CP" | while read -r jar; do
  [ -f "$jar" ] && ln -sf "$jar" "$HOME_DIR/jars/"
done
PORT=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
PIDS=()
stop_cluster() { for p in "${PIDS[@]}"; do kill "$p" 2> /dev/null || true; done; }
trap stop_cluster EXIT
export SPARK_HOME=$HOME_DIR SPARK_SCALA_VERSION=2.13 JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
java -Xmx256m "${OPENS[@]}" -cp "$SPARK_CP" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" \
  --webui-port 0 > "$WORK/master.log" 2>&1 &
PIDS+=($!)
for i in 0 1; do
  mkdir -p "$WORK/work$i"
  java -Xmx256m "${OPENS[@]}" -cp "$SPARK_CP" org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$PORT" \
    --host 127.0.0.1 --cores 1 --memory 1g --webui-port 0 --work-dir "$WORK/work$i" > "$WORK/worker$i.log" 2>&1 &
  PIDS+=($!)
done
for _ in $(seq 600); do
  [ "$(grep -c 'Registering worker' "$WORK/master.log" || true)" -ge 2 ] && break
  sleep 0.2
done
rm -rf "$WORK/out-cluster"
WALL=$(timed spark_submit "spark://127.0.0.1:$PORT" "$WORK/out-cluster" "$WORK/cluster.log" \
  spark.executor.memory=768m spark.executor.cores=1 spark.cores.max=2)
row "standalone, 2 Workers x 1 core" "$WALL" "$(job_seconds "$WORK/cluster.log")" 2 "$WORK/out-cluster"
stop_cluster
trap - EXIT
echo "load after (c): $(load)" >&2

echo
echo "| mode | images | wall s | images/s (wall) | explain stage s | images/s (stage) | mean s/image in task | overhead s/task |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"

# --- per-image time at 224x224, 1 thread -> the scale-out model -------------------------------------------------------
if [ -z "${DEIT_MODEL:-}" ] || [ -z "${VITB_MODEL:-}" ] || [ -z "${IMAGE224:-}" ]; then
  echo; echo "(DEIT_MODEL, VITB_MODEL, IMAGE224 unset: no 224x224 part)"; exit 0
fi
mkdir -p "$WORK/img224"
for i in $(seq -w 1 "$REPEATS"); do cp "$IMAGE224" "$WORK/img224/image_$i.png"; done
echo
echo "overhead per task added: $OVERHEAD s (standalone cluster)"
echo "| model | images | median s | p90 s | mean s | 50,000 images: 1 executor | 8 executors | 64 executors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for m in "DeiT-S:$DEIT_MODEL" "ViT-B:$VITB_MODEL"; do
  name=${m%%:*}; file=${m#*:}
  echo "load before $name: $(load)" >&2
  rm -rf "$WORK/out-$name"
  java -Dai.djl.pytorch.num_threads=1 -Dai.djl.pytorch.num_interop_threads=1 -jar target/ViT_CX.jar explain \
    --images "$WORK/img224" --out "$WORK/out-$name" --model "$file" > /dev/null 2> "$WORK/$name.log"
  # the standalone cluster's overhead per task (the last measured) is added to every image
  tail -n +2 "$WORK/out-$name/results.csv" | cut -d, -f9 | sort -n | awk -v name="$name" -v over="$OVERHEAD" '
    { t[++n] = $1 } END {
    med = n % 2 ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2; p90 = t[int(0.9 * n + 0.999)];
    for (i = 1; i <= n; i++) s += t[i]; mean = s / n;
    # 50,000 tasks of (mean + overhead) spread over E one-core executors, plus the slowest image of the last wave
    for (e = 1; e <= 64; e *= 8) h[e] = (50000 * (mean + over) / e + p90) / 3600;
    printf "| %s | %d | %.2f | %.2f | %.2f | %.1f h | %.2f h | %.3f h |\n", name, n, med, p90, mean, h[1], h[8], h[64] }'
done
echo "load after: $(load)" >&2
