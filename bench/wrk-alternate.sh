#!/usr/bin/env bash
# Sourced by bench/service.sh and bench/filters.sh. alternate <rounds> <seconds> <name>=<path>[@<lua>] ...:
# runs `wrk -t2 -c50 -d<seconds>s --latency` on each target in turn, <rounds> times (so every target sees the same
# machine load), prints each run, then per target the median req/s and p99 and the ratios to the first target.
# Needs HOST and OUT. Writes $OUT/wrk-<name>-<round>.txt.

# p99 of a wrk --latency output in ms
wrk_p99_ms() {
  awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
    f = (u == "us") ? 0.001 : (u == "s") ? 1000 : 1; printf "%.2f\n", v * f }' "$1"
}
wrk_rps() { awk '/Requests\/sec:/ { print $2 }' "$1"; }
median_of() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

alternate() {
  local rounds=$1 seconds=$2; shift 2
  local targets=("$@") t name path lua file
  for round in $(seq 1 "$rounds"); do
    for t in "${targets[@]}"; do
      name=${t%%=*}; path=${t#*=}; lua=""
      if [[ $path == *@* ]]; then lua=${path#*@}; path=${path%@*}; fi
      file="$OUT/wrk-$name-$round.txt"
      wrk -t2 -c50 -d"${seconds}s" --latency ${lua:+-s "$lua"} "$HOST$path" > "$file"
      echo "round $round $name: $(wrk_rps "$file") req/s, p99 $(wrk_p99_ms "$file") ms$(grep -E 'Non-2xx' "$file" | sed 's/^ */, /')"
    done
  done
  local first="" first_rps first_p99 rps p99
  for t in "${targets[@]}"; do
    name=${t%%=*}
    rps=$(for r in $(seq 1 "$rounds"); do wrk_rps "$OUT/wrk-$name-$r.txt"; done | median_of)
    p99=$(for r in $(seq 1 "$rounds"); do wrk_p99_ms "$OUT/wrk-$name-$r.txt"; done | median_of)
    if [ -z "$first" ]; then
      first=$name; first_rps=$rps; first_p99=$p99
      echo "$name median rps=$rps p99=$p99 ms"
    else
      echo "$name median rps=$rps p99=$p99 ms vs $first: throughput $(awk -v a="$rps" -v b="$first_rps" 'BEGIN {printf "%.2f", a / b}')x p99 $(awk -v a="$p99" -v b="$first_p99" 'BEGIN {printf "%.2f", a / b}')x"
    fi
  done
}
