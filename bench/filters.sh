#!/usr/bin/env bash
# What each filter costs per request: starts the packaged jar once per setting below (fresh embedded store, the real
# 30k sample uploaded so that /predict has a model), then alternates wrk on the /swagger-ui.html redirect, a single
# POST /predict by features and GET /health (bench/wrk-alternate.sh). The redirect and /health are open paths: they
# pass the security chain but never the rate limit, so the rate limit shows on /predict only.
# Usage: bench/filters.sh <out-dir> [rounds] [seconds]   (after ./mvnw package; needs wrk)
set -euo pipefail
OUT=$1
ROUNDS=${2:-2}
SECONDS_EACH=${3:-10}
PORT=${BENCH_PORT:-18081}
HOST="http://localhost:$PORT"
JAR=$(ls target/segmentation-service-*.jar | grep -v plain | head -1)
SAMPLE=${BENCH_SAMPLE:-../shared/data/online_retail_sample_30k.csv}
source "$(dirname "$0")/wrk-alternate.sh"
KEY=bench-key
KEY_SHA=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)

cat > "$OUT/predict.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"features": {"recencyDays": 12, "frequency": 5, "monetary": 830.5}}'
LUA
cat > "$OUT/predict-key.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = "$KEY"
wrk.body = '{"features": {"recencyDays": 12, "frequency": 5, "monetary": 830.5}}'
LUA

BASE="--segmentation.rate-limit.enabled=false --segmentation.security.enabled=false"
declare -A SETTINGS=(
  [1-none]="$BASE --management.observations.enable.http.server.requests=false"
  [2-observation]="$BASE"
  [3-rate-limit]="--segmentation.security.enabled=false --segmentation.rate-limit.limit=1000000000 --segmentation.rate-limit.burst=1000000000"
  [4-api-keys]="--segmentation.rate-limit.enabled=false --segmentation.security.enabled=true --segmentation.security.keys[0].name=bench --segmentation.security.keys[0].sha256=$KEY_SHA --segmentation.security.keys[0].authorities=read,write"
)
for setting in $(printf '%s\n' "${!SETTINGS[@]}" | sort); do
  DATA=$(mktemp -d)
  java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --segmentation.storage.data-dir="$DATA" \
    --segmentation.demo-data.enabled=false --logging.level.root=warn ${SETTINGS[$setting]} > "$OUT/filters-$setting.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do curl -fs "$HOST/actuator/health/readiness" > /dev/null 2>&1 && break; sleep 0.5; done
  curl -fs -o /dev/null -H "X-API-Key: $KEY" -F "file=@$SAMPLE" "$HOST/uploads"
  lua="$OUT/predict.lua"; [ "$setting" = 4-api-keys ] && lua="$OUT/predict-key.lua"
  echo "-- $setting: ${SETTINGS[$setting]}"
  wrk -t2 -c50 -d10s -s "$lua" "$HOST/predict" > /dev/null   # warm-up, not counted
  wrk -t2 -c50 -d5s "$HOST/swagger-ui.html" > /dev/null
  wrk -t2 -c50 -d5s "$HOST/health" > /dev/null
  alternate "$ROUNDS" "$SECONDS_EACH" "redirect-$setting=/swagger-ui.html" "predict-$setting=/predict@$lua" \
    "health-$setting=/health"
  kill $PID; wait $PID 2>/dev/null || true
  rm -rf "$DATA"
done
