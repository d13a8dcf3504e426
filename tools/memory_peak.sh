#!/usr/bin/env bash
# Peak memory of `explain` on a large 16-bit image (issue 11): writes a W×H 16-bit TIFF (default 6000×6000),
# then runs the CLI on it with the tiny test model and prints a Markdown table:
#   - the smallest -Xmx (in 32 MB steps) with which the run succeeds, and the same for a 64×64 image: their
#     difference is the heap the image itself needs;
#   - peak RSS (/usr/bin/time) of both runs at the large image's smallest -Xmx + 256 MB.
#
#   tools/memory_peak.sh [WIDTH HEIGHT]
#
# Needs python3 (standard library only) to write the TIFFs; nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
W=${1:-6000}; H=${2:-6000}
out=target/memory-peak
mkdir -p "$out"
mvn -B -o -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >&2
# a copy of the classes, so that a build running meanwhile cannot change them under the measured runs
rm -rf "$out/classes" && cp -r target/classes "$out/classes"
cp="$out/classes:$(cat "$out/classpath.txt")"
model=src/test/resources/models/vit_gray_test.pt

tiff() { # WIDTH HEIGHT FILE: an uncompressed 16-bit TIFF with a smooth pattern
  python3 - "$1" "$2" "$3" <<'PY'
import struct, sys, math
w, h, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
tags = [(256, 4, w), (257, 4, h), (258, 3, 16), (259, 3, 1), (262, 3, 1), (273, 4, 0), (277, 3, 1),
        (278, 4, h), (279, 4, w * h * 2)]
ifd = 8 + 2 + 12 * len(tags) + 4
with open(path, 'wb') as f:
    f.write(b'II*\x00' + struct.pack('<IH', 8, len(tags)))
    for tag, kind, value in tags:
        value = ifd if tag == 273 else value
        f.write(struct.pack('<HHIHH', tag, kind, 1, value, 0) if kind == 3 else struct.pack('<HHII', tag, kind, 1, value))
    f.write(struct.pack('<I', 0))
    for y in range(h):
        v = int(2000 + 1500 * math.sin(y / 300))
        f.write(struct.pack('<%dH' % w, *[(v + (x // 50) * 7) % 4096 for x in range(w)]))
PY
}

[ -f "$out/large.tif" ] || tiff "$W" "$H" "$out/large.tif"
[ -f "$out/small.tif" ] || tiff 64 64 "$out/small.tif"

run() { # XMX_MB IMAGE: exit code of one explain run
  java -Xmx"$1"m -cp "$cp" org.vitcx.cli.Main explain --model "$model" --image "$2" --out "$out/out" \
    --overwrite >/dev/null 2>"$out/last.err"
}

smallest() { # IMAGE: the smallest -Xmx in MB (32 MB steps) that succeeds
  local lo=32 hi=2048
  while [ $((hi - lo)) -gt 32 ]; do
    local mid=$(( (lo + hi) / 2 / 32 * 32 ))
    if run "$mid" "$1"; then hi=$mid; else lo=$mid; fi
  done
  echo "$hi"
}

rss() { # XMX_MB IMAGE: peak RSS in MB
  /usr/bin/time -f %M java -Xmx"$1"m -cp "$cp" org.vitcx.cli.Main explain --model "$model" --image "$2" \
    --out "$out/out" --overwrite 2>&1 >/dev/null | tail -1 | awk '{ printf "%d", $1 / 1024 }'
}

large=$(smallest "$out/large.tif"); small=$(smallest "$out/small.tif")
xmx=$((large + 256))
echo "| image | smallest -Xmx | peak RSS at -Xmx${xmx}m |"
echo "|---|---|---|"
echo "| ${W}×${H} 16-bit ($((W * H * 2 / 1048576)) MB of pixels) | ${large} MB | $(rss $xmx "$out/large.tif") MB |"
echo "| 64×64 16-bit | ${small} MB | $(rss $xmx "$out/small.tif") MB |"
echo "| difference (what the image needs) | $((large - small)) MB | |"
