#!/usr/bin/env bash
# Uploads one large generated file to the packaged service running with a small heap and records time, status and
# peak RSS; then, on the same service, a second (30,000-line) upload with its run over both, the CSV and seed-json
# exports, a customer page and a segment with its top customers.
# Usage: bench/big-upload.sh [lines] [heap]   (defaults: 12000000 lines = about 1 GB, 512m)
# Needs: a packaged jar (./mvnw -q -DskipTests package), curl, jq, bc. Writes under bench/out/big-upload/.
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-12000000}
HEAP=${2:-512m}
JAR=${JAR:-$(ls target/segmentation-service-*.jar | head -1)}
CLASSES=${CLASSES:-target/classes}
PORT=${PORT:-18481}
OUT=bench/out/big-upload
mkdir -p "$OUT"
FILE="$OUT/retail-$LINES.csv"
[ -s "$FILE" ] || java -cp "$CLASSES" io.segmentation.demo.OnlineRetailGenerator --lines "$LINES" --out "$FILE"
SECOND="$OUT/retail-30000-seed7.csv"
[ -s "$SECOND" ] || java -cp "$CLASSES" io.segmentation.demo.OnlineRetailGenerator --lines 30000 --seed 7 --out "$SECOND"
DATA=$(mktemp -d)
echo "file=$FILE bytes=$(stat -L -c %s "$FILE") heap=$HEAP data=$DATA"
java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --segmentation.storage.data-dir="$DATA" \
  --segmentation.demo-data.enabled=false --segmentation.rate-limit.enabled=false \
  --spring.servlet.multipart.max-file-size=2GB --spring.servlet.multipart.max-request-size=2GB \
  --segmentation.ingestion.max-rows=20000000 > "$OUT/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/health" > /dev/null && break; sleep 1; done
( while kill -0 $PID 2>/dev/null; do
    rss=$(awk '/VmHWM/{print $2}' /proc/$PID/status 2>/dev/null || echo 0); echo "$rss" > "$OUT/peak-rss-kb"; sleep 1
  done ) &
START=$(date +%s.%N)
STATUS=$(curl -s -m 1800 -o "$OUT/report.json" -w "%{http_code}" -F "file=@$FILE" "http://localhost:$PORT/uploads" || true)
END=$(date +%s.%N)
echo "status=$STATUS seconds=$(echo "$END - $START" | bc) peakRssMiB=$(( $(cat "$OUT/peak-rss-kb") / 1024 ))"
head -c 600 "$OUT/report.json"; echo
[ "$STATUS" = 201 ] || { grep -E "Upload .* stored|Run .* completed|OutOfMemory|ERROR" "$OUT/service.log" | head -5; exit 1; }
step() { # name, then curl arguments: prints the status, the seconds and the bytes received
  echo "$1: $(curl -s -m 900 -o "$OUT/step.out" -w "status=%{http_code} seconds=%{time_total} bytes=%{size_download}" "${@:2}")"
}
BASE="http://localhost:$PORT"
step "second upload (30,000 lines) + run" -F "file=@$SECOND" "$BASE/uploads"
jq -c '{orders, customers, run}' "$OUT/step.out" 2>/dev/null || head -c 400 "$OUT/step.out"; echo
step "CSV export of every customer" -H "Accept: text/csv" "$BASE/customers"
step "seed-json export" "$BASE/customers/export?format=seed-json"
step "a customer page" "$BASE/customers?page=3&size=100"
step "GET /segment/lost (top customers)" "$BASE/segment/lost"
echo "peakRssMiB=$(( $(cat "$OUT/peak-rss-kb") / 1024 ))"
grep -E "Upload .* stored|Run .* completed|OutOfMemory|ERROR" "$OUT/service.log" | cut -c1-260 | head -8 || true
