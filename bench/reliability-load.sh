#!/usr/bin/env bash
# Load check of docs/RELIABILITY.md: N concurrent uploads of small distinct files, then wrk on GET /segments and
# GET /health; checks that every acknowledged upload is stored and the published totals are exact.
# Usage: bench/reliability-load.sh [uploads] [concurrency]   (defaults 200 200)
# Needs: a packaged jar (./mvnw -q -DskipTests package), curl, wrk, jq. Writes under bench/out/load/.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
P=${2:-200}
CUSTOMERS=20
ORDERS=3
JAR=${JAR:-$(ls target/segmentation-service-*.jar | head -1)}
PORT=${PORT:-18482}
OUT=bench/out/load
rm -rf "$OUT"; mkdir -p "$OUT/files"
DATA=$(mktemp -d)
java -Xmx512m -jar "$JAR" --server.port="$PORT" --segmentation.storage.data-dir="$DATA" \
  --segmentation.demo-data.enabled=false --segmentation.rate-limit.enabled=false > "$OUT/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/health" > /dev/null 2>&1 && break; sleep 1; done
curl -sf "http://localhost:$PORT/health" > /dev/null || { echo "service did not start"; exit 1; }

for f in $(seq 1 "$N"); do
  { echo "Customer_ID,Order_ID,Date,Total_Amount"
    for c in $(seq 1 $CUSTOMERS); do for o in $(seq 1 $ORDERS); do
      echo "L$f-C$c,L$f-O$c-$o,2024-0$o-1$((c % 10)),12.50"; done; done; } > "$OUT/files/load-$f.csv"
done

echo "== $N uploads, $P at a time"
START=$(date +%s.%N)
ls "$OUT"/files/*.csv | xargs -P "$P" -I{} sh -c \
  'curl -s -m 900 -o /dev/null -w "%{http_code} %{time_total}\n" -F "file=@{}" http://localhost:'"$PORT"'/uploads' \
  > "$OUT/uploads.txt"
END=$(date +%s.%N)
echo "seconds=$(echo "$END - $START" | bc)"
echo "by status:"; cut -d' ' -f1 "$OUT/uploads.txt" | sort | uniq -c
echo "slowest upload (s): $(cut -d' ' -f2 "$OUT/uploads.txt" | sort -n | tail -1)"

CREATED=$(grep -c '^201' "$OUT/uploads.txt" || true)
STORED=$(curl -s "http://localhost:$PORT/uploads?size=1000" | jq '.totalElements')
ORDERS_STORED=$(curl -s "http://localhost:$PORT/uploads?size=1000" | jq '[.content[].orders] | add')
CUSTOMERS_PUBLISHED=$(curl -s "http://localhost:$PORT/segments?scheme=rfm" | jq '.customers')
REVENUE=$(curl -s "http://localhost:$PORT/segments?scheme=rfm" | jq '[.segments[].revenue] | add')
echo "acknowledged (201)=$CREATED stored uploads=$STORED orders=$ORDERS_STORED (expected $((CREATED * CUSTOMERS * ORDERS)))"
echo "published customers=$CUSTOMERS_PUBLISHED (expected $((CREATED * CUSTOMERS))) revenue=$REVENUE (expected $(echo "$CREATED * $CUSTOMERS * $ORDERS * 12.5" | bc))"

echo "== wrk GET /segments (30 s, 50 connections)"
wrk -t2 -c50 -d30s --latency "http://localhost:$PORT/segments" | tee "$OUT/wrk-segments.txt" | grep -E "requests in|Requests/sec|Non-2xx|Socket errors|50%|99%"
echo "== wrk GET /customers?size=50 (30 s, 50 connections)"
wrk -t2 -c50 -d30s --latency "http://localhost:$PORT/customers?size=50" | tee "$OUT/wrk-customers.txt" | grep -E "requests in|Requests/sec|Non-2xx|Socket errors|50%|99%"
echo "errors in the service log: $(grep -c ' ERROR ' "$OUT/service.log" || true)"
