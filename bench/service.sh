#!/usr/bin/env bash
# Measures the service on the embedded MongoDB: upload + run, run over stored purchases, single /predict and /health
# under wrk against the /swagger-ui.html redirect in alternating runs, batch /predict of 100,000 instances, with the
# service's peak heap (jstat, sampled every 100 ms) and peak RSS.
# Usage: bench/service.sh <out-dir>   (after bench/run has built the jar and written the data files)
set -euo pipefail
OUT=$1
ITER=${BENCH_ITERATIONS:-5}
PORT=${BENCH_PORT:-18080}
HOST="http://localhost:$PORT"
DATA=$(mktemp -d)
JAR=$(ls target/segmentation-service-*.jar | grep -v plain | head -1)

java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --segmentation.storage.data-dir="$DATA" \
  --segmentation.demo-data.enabled=false --segmentation.rate-limit.enabled=false \
  --logging.level.root=warn --logging.level.io.segmentation.ingestion.UploadService=info \
  --logging.level.io.segmentation.runs.RunService=info --logging.level.io.segmentation.events.SegmentChanges=info > "$OUT/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -fs "$HOST/actuator/health/readiness" > /dev/null 2>&1 && break; sleep 0.5; done

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# peak heap (MB) while a command runs: jstat samples S0U+S1U+EU+OU every 100 ms
with_heap() {
  local log; log=$(mktemp)
  jstat -gc "$PID" 100 > "$log" 2>/dev/null &
  local sampler=$!
  "$@"
  kill $sampler 2>/dev/null; wait $sampler 2>/dev/null || true
  awk 'NR>1 && $3 ~ /^[0-9.]+$/ {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f\n", m/1024}' "$log" > "$OUT/.heap"
  rm -f "$log"
}
rss_mb() { awk '/VmHWM/ {printf "%.0f\n", $2/1024}' "/proc/$PID/status"; }

echo "-- 2. POST /uploads, 541,909 lines, end to end with its run (one warm-up, then the median of 3, fresh upload each time)"
upload_once() {
  local body; body=$(curl -s -w '\n%{time_total}' -F "file=@$OUT/retail-541909.csv" "$HOST/uploads")
  echo "$body" | tail -1 >> "$OUT/.upload-times"
  UPLOAD_ID=$(echo "$body" | head -1 | sed -E 's/^\{"id":"([0-9a-f]+)".*/\1/')
}
rm -f "$OUT/.upload-times"
upload_once
echo "warm-up upload (not counted): $(tail -1 "$OUT/.upload-times") s"
curl -s -X DELETE "$HOST/uploads/$UPLOAD_ID" > /dev/null
rm -f "$OUT/.upload-times"
for i in 1 2 3; do
  with_heap upload_once
  echo "upload $i: $(tail -1 "$OUT/.upload-times") s, peak heap $(cat "$OUT/.heap") MB"
  [ "$i" -lt 3 ] && curl -s -X DELETE "$HOST/uploads/$UPLOAD_ID" > /dev/null
done
echo "upload+run median=$(median < "$OUT/.upload-times") s peakRss=$(rss_mb) MB"
echo "where the time went (service log: the upload's own part, its run's phases and its segment-change delta, in ms):"
grep -E 'Upload [0-9a-f]+ stored|Run [0-9a-f]+ completed|segment changes since' "$OUT/service.log" \
  | sed -E 's/^.*(Upload|Run) /  \1 /' || true

echo "-- 3. POST /runs over stored purchases (median of $ITER)"
rm -f "$OUT/.run-times"
run_once() { curl -s -o /dev/null -w '%{time_total}\n' -X POST "$HOST/runs?force=true" >> "$OUT/.run-times"; }
for i in $(seq 1 "$ITER"); do with_heap run_once; done
echo "run median=$(median < "$OUT/.run-times") s peakHeap=$(cat "$OUT/.heap") MB peakRss=$(rss_mb) MB"

echo "-- 4. single POST /predict by features and GET /health against the /swagger-ui.html redirect (no work): wrk -t2 -c50"
echo "   --latency, ${BENCH_WRK_SECONDS:-15} s each, alternating redirect, /predict, /health 3 times (after a 15 s warm-up)"
source "$(dirname "$0")/wrk-alternate.sh"
cat > "$OUT/predict.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"features": {"recencyDays": 12, "frequency": 5, "monetary": 830.5}}'
LUA
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"features": {"recencyDays": 12, "frequency": 5, "monetary": 830.5}}' "$HOST/predict")
redirect=$(curl -s -o /dev/null -w '%{http_code}' "$HOST/swagger-ui.html")
health=$(curl -s -o /dev/null -w '%{http_code}' "$HOST/health")
echo "status: predict $status, redirect $redirect, health $health"
if [ "$status" = 200 ]; then
  wrk -t2 -c50 -d15s -s "$OUT/predict.lua" "$HOST/predict" > /dev/null   # warm-up: JIT-compile the path, not counted
  wrk -t2 -c50 -d5s "$HOST/swagger-ui.html" > /dev/null
  wrk -t2 -c50 -d5s "$HOST/health" > /dev/null
  with_heap alternate 3 "${BENCH_WRK_SECONDS:-15}" redirect=/swagger-ui.html "predict=/predict@$OUT/predict.lua" health=/health
  cp "$OUT/wrk-predict-2.txt" "$OUT/wrk.txt"
  echo "predict peakHeap=$(cat "$OUT/.heap") MB peakRss=$(rss_mb) MB"
else
  echo "predict unavailable (status $status)"
fi

echo "-- 5. batch POST /predict, 100,000 instances as 10 requests of 10,000 (the per-request limit), median of $ITER"
node -e '
const n = 10000, out = [];
let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let i = 0; i < n; i++) out.push({features: {recencyDays: Math.floor(rnd() * 370), frequency: 1 + Math.floor(rnd() * 40), monetary: +(rnd() * 20000).toFixed(2)}});
process.stdout.write(JSON.stringify({instances: out}));' > "$OUT/batch-10000.json"
rm -f "$OUT/.batch-times"
batch_once() {
  local start end
  start=$(date +%s.%N)
  for _ in $(seq 1 10); do
    curl -s -o /dev/null -H 'Content-Type: application/json' --data-binary "@$OUT/batch-10000.json" "$HOST/predict"
  done
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" "BEGIN {printf \"%.3f\\n\", e - s}" >> "$OUT/.batch-times"
}
if [ "$status" = 200 ]; then
  for i in $(seq 1 "$ITER"); do with_heap batch_once; done
  echo "batch100k median=$(median < "$OUT/.batch-times") s peakHeap=$(cat "$OUT/.heap") MB peakRss=$(rss_mb) MB"
fi
