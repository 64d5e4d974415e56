#!/usr/bin/env bash
# Uploads one large generated file to the packaged service running with a small heap and records time, status and
# peak RSS; then, on the same service, a second (30,000-line) upload with its run over both, the CSV and seed-json
# exports, a customer page and a segment with its top customers.
# Usage: bench/big-upload.sh [lines] [heap]   (defaults: 12000000 lines = about 1 GB, 512m)
# The upload limits (multipart size, max-rows) and curl's time limit are derived from the file's size and line count.
# Environment: OUT (default bench/out/big-upload; the files and the log go there), CUSTOMERS (the generator's
# --customers; default: its own scaling, one customer per 135 lines), HISTO_EVERY (seconds between
# GC.class_histogram samples of the service, written to $OUT/histo-*.txt; 0, the default, takes none).
# Needs: a packaged jar (./mvnw -q -DskipTests package), curl, jq, bc, and jcmd/jstat for HISTO_EVERY and peak heap.
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-12000000}
HEAP=${2:-512m}
JAR=${JAR:-$(ls target/segmentation-service-*.jar | head -1)}
CLASSES=${CLASSES:-target/classes}
PORT=${PORT:-18481}
OUT=${OUT:-bench/out/big-upload}
HISTO_EVERY=${HISTO_EVERY:-0}
mkdir -p "$OUT"
FILE="$OUT/retail-$LINES${CUSTOMERS:+-c$CUSTOMERS}.csv"
[ -s "$FILE" ] || java -cp "$CLASSES" io.segmentation.demo.OnlineRetailGenerator --lines "$LINES" --seed 42 \
  ${CUSTOMERS:+--customers "$CUSTOMERS"} --out "$FILE"
BYTES=$(stat -L -c %s "$FILE")
ROWS=$(wc -l < "$FILE")
# why: the limits follow the file: its size plus 64 MB for the multipart framing, its rows plus a margin
LIMIT_MB=$(( BYTES / 1048576 + 64 ))
MAX_ROWS=$(( ROWS + ROWS / 10 + 1000 ))
# why: about 60 s per million lines covers a loaded 2-core machine; at least 30 minutes
CURL_MAX=$(( ROWS / 1000000 * 60 > 1800 ? ROWS / 1000000 * 60 : 1800 ))
SECOND="$OUT/retail-30000-seed7.csv"
[ -s "$SECOND" ] || java -cp "$CLASSES" io.segmentation.demo.OnlineRetailGenerator --lines 30000 --seed 7 --out "$SECOND"
DATA=$(mktemp -d)
echo "file=$FILE bytes=$BYTES lines=$ROWS heap=$HEAP data=$DATA max-file-size=${LIMIT_MB}MB max-rows=$MAX_ROWS curl-m=$CURL_MAX"
java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --segmentation.storage.data-dir="$DATA" \
  --segmentation.demo-data.enabled=false --segmentation.rate-limit.enabled=false \
  --spring.servlet.multipart.max-file-size="${LIMIT_MB}MB" --spring.servlet.multipart.max-request-size="${LIMIT_MB}MB" \
  --segmentation.ingestion.max-rows="$MAX_ROWS" > "$OUT/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; sleep 2; rm -rf "$DATA"' EXIT
rm -f "$OUT"/histo-*.txt "$OUT/peak-heap-kb"
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/health" > /dev/null && break; sleep 1; done
( while kill -0 $PID 2>/dev/null; do
    rss=$(awk '/VmHWM/{print $2}' /proc/$PID/status 2>/dev/null || true); [ -n "$rss" ] && echo "$rss" > "$OUT/peak-rss-kb"
    # heap used (S0U+S1U+EU+OU of jstat -gc, KB), the peak kept in peak-heap-kb
    heap=$(jstat -gc "$PID" 2>/dev/null | awk 'NR==2{printf "%d", $3+$4+$6+$8}' || true)
    [ -n "$heap" ] && [ "$heap" -gt "$(cat "$OUT/peak-heap-kb" 2>/dev/null || echo 0)" ] && echo "$heap" > "$OUT/peak-heap-kb"
    sleep 1
  done ) &

if [ "$HISTO_EVERY" -gt 0 ]; then
  ( n=0; while kill -0 $PID 2>/dev/null; do
      sleep "$HISTO_EVERY"; n=$((n + 1))
      jcmd "$PID" GC.class_histogram > "$OUT/histo.tmp" 2>/dev/null || true
      { date -u +%T; uptime; head -25 "$OUT/histo.tmp"; tail -1 "$OUT/histo.tmp"; } > "$OUT/histo-$n.txt"
    done ) &
fi
START=$(date +%s.%N)
STATUS=$(curl -s -m "$CURL_MAX" -o "$OUT/report.json" -w "%{http_code}" -F "file=@$FILE" "http://localhost:$PORT/uploads" || true)
END=$(date +%s.%N)
echo "status=$STATUS seconds=$(echo "$END - $START" | bc) peakRssMiB=$(( $(cat "$OUT/peak-rss-kb" 2>/dev/null || echo 0) / 1024 ))\
 peakHeapMiB=$(( $(cat "$OUT/peak-heap-kb" 2>/dev/null || echo 0) / 1024 )) load: $(uptime | sed 's/.*average: //')"
head -c 600 "$OUT/report.json"; echo
[ "$STATUS" = 201 ] || { grep -E "Upload .* stored|Run .* completed|OutOfMemory|ERROR" "$OUT/service.log" | head -5; exit 1; }
step() { # name, then curl arguments: prints the status, the seconds and the bytes received
  echo "$1: $(curl -s -m "$CURL_MAX" -o "$OUT/step.out" -w "status=%{http_code} seconds=%{time_total} bytes=%{size_download}" "${@:2}")"
}
BASE="http://localhost:$PORT"
step "second upload (30,000 lines) + run" -F "file=@$SECOND" "$BASE/uploads"
jq -c '{orders, customers, run}' "$OUT/step.out" 2>/dev/null || head -c 400 "$OUT/step.out"; echo
step "CSV export of every customer" -H "Accept: text/csv" "$BASE/customers"
step "seed-json export" "$BASE/customers/export?format=seed-json"
step "a customer page" "$BASE/customers?page=3&size=100"
step "GET /segment/lost (top customers)" "$BASE/segment/lost"
echo "peakRssMiB=$(( $(cat "$OUT/peak-rss-kb" 2>/dev/null || echo 0) / 1024 )) peakHeapMiB=$(( $(cat "$OUT/peak-heap-kb" 2>/dev/null || echo 0) / 1024 ))\
 load: $(uptime | sed 's/.*average: //')"
grep -E "Upload .* stored|Run .* completed|OutOfMemory|ERROR" "$OUT/service.log" | cut -c1-260 | head -8 || true
