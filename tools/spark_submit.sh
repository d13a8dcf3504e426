#!/usr/bin/env bash
# spark-submit without a Spark installation: runs Spark's own SparkSubmit with the Spark that Maven resolves for the
# profile "spark" (its class path is written once to target/spark-classpath.txt), the --add-opens Spark 4 needs on
# JDK 17, and every argument passed on, e.g.
#   tools/spark_submit.sh --master 'local[2]' --class org.vitcx.spark.SparkExplain target/ViT_CX-spark.jar \
#       --images DIR --out OUT --model MODEL.pt
# The class path leaves out DJL and the project's classes (they come from the Spark jar, as on a cluster) and the
# tests' SLF4J provider (Spark brings its own). SPARK_JAVA_OPTS adds JVM options (default -Xmx2g).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CP_FILE=$ROOT/target/spark-classpath.txt
[ -s "$CP_FILE" ] || (cd "$ROOT" && mvn -B -q -Pspark dependency:build-classpath -Dmdep.outputFile="$CP_FILE" > /dev/null)
OPENS=()
for p in java.lang java.lang.invoke java.nio sun.nio.ch java.util java.util.concurrent sun.util.calendar java.net java.io; do
  OPENS+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
# shellcheck disable=SC2086
exec java ${SPARK_JAVA_OPTS:--Xmx2g} "${OPENS[@]}" \
  -cp "$(tr ':' '\n' < "$CP_FILE" | grep -v -e '/ai/djl/' -e 'slf4j-simple' | paste -sd: -)" \
  org.apache.spark.deploy.SparkSubmit "$@"
