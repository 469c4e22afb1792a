#!/usr/bin/env bash
# Reporting benchmark: the scale generator itself, then the annual roll-up table
# (GET /api/reporting/table?unitId=<top>&year=<year>) and the summary draft
# (POST /api/reporting/summaries {unitId, year}) and its refresh, at district scale and, with
# BENCH_CITY=1, at city scale (10 districts, 2,000,000 people). Times with curl; peak heap from the
# GC log (-Xlog:gc: the largest occupancy before a collection during the call) and jcmd GC.heap_info.
#   bench/reports.sh [jar]          (default org.wfed.app/target/wfed.jar)
#   BENCH_YEAR (default: the current year, the year the generator's providers fill), WFED_SEED (42)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=$(readlink -f "${1:-org.wfed.app/target/wfed.jar}")
year=${BENCH_YEAR:-$(date +%Y)}
port=$((BENCH_PORT + 2))
scales="district"
[ "${BENCH_CITY:-0}" = 1 ] && scales="district city"

echo "Against $(basename "$jar") ($(sha1sum "$jar" | cut -c1-12)), year $year, seed ${WFED_SEED:-42}."
echo
echo "| scale | what | time (ms) | peak heap (MB) | load average |"
echo "|---|---|---|---|---|"
for scale in $scales; do
  cached_data "$jar" "$scale" "${WFED_SEED:-42}"
  echo "| $scale | generate (units, people, every module's records) | $((GEN_SECONDS * 1000)) | $GEN_PEAK_MB | ${GEN_LOAD//\// } |"
  data=$(copy_data "$CACHED_DATA")
  wfed_start "$jar" "$data" "$port"
  cookies="$BENCH_WORK/admin.cookies"
  csrf=$(login "$port" admin "$BENCH_PASSWORD" "$cookies")
  top=$(api "$port" "$cookies" "$csrf" GET orgs/tree | jq '[.[] | select(.parentId == null)][0].id')
  gc="$data.gc.log"

  # step <label> <method> <path> [body]: one timed call with its peak heap
  step() {
    local label=$1 mark ms load
    shift
    wait_for_quiet
    load=$(load_avg)
    mark=$(gc_mark "$gc")
    ms=$(timed api "$port" "$cookies" "$csrf" "$@")
    echo "| $scale | $label | $ms | $(gc_peak_mb "$gc" "$mark") | $load |"
  }
  step "roll-up table, first call after start" GET "reporting/table?unitId=$top&year=$year"
  for i in 1 2 3; do step "roll-up table, call $((i + 1))" GET "reporting/table?unitId=$top&year=$year"; done
  cp "$BENCH_WORK/last.out" "$BENCH_WORK/table-$scale.json"
  step "roll-up table without last year (compare=false)" GET "reporting/table?unitId=$top&year=$year&compare=false"
  step "summary draft (POST reporting/summaries)" POST reporting/summaries "{\"unitId\":$top,\"year\":$year}"
  sid=$(jq .id "$BENCH_WORK/last.out")
  for i in 1 2; do
    v=$(api "$port" "$cookies" "$csrf" GET "reporting/summaries/$sid" | jq .version)
    step "summary refresh $i (recompute figures)" POST "reporting/summaries/$sid/refresh" "{\"version\":$v}"
  done
  indicators=$(jq '.indicators | length' "$BENCH_WORK/table-$scale.json")
  nonzero=$(jq '[.total.values | to_entries[] | select(.value != null and .value != 0)] | length' "$BENCH_WORK/table-$scale.json")
  echo "| $scale | (table: $indicators indicators, $nonzero non-zero in the total; RSS $(rss_mb "$WFED_PID") MB) | | | |"
  wfed_stop
done
