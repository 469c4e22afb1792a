#!/usr/bin/env bash
# Aid ledger benchmark: listing and filtering the payment rows (台账) of generated data. The scale generator
# (WFED_GENERATE, docs/aid.md "Scale data") writes every payment through aid's rules, the women's insurance
# (女性安康保险) enrolling about nine in ten women aged 18–64: ~60,000 payments per district, ~600,000 for a city.
# Against the top unit (district or city), a street and a community, each timed BENCH_LEDGER_RUNS times (curl,
# one after another; median and max):
#   GET /api/aid/ledger page 1 (all programmes), a filtered page (the insurance, paid in one week, received),
#   a deep page, GET /api/aid/applications?status=PAID page 1, and the XLSX export of the filtered ledger.
# Heap peak from the GC log; load average with every line.
#   bench/aid-ledger.sh [jar]     (default org.wfed.app/target/wfed.jar; needs the aid module)
# BENCH_LEDGER_SCALE=district|city (default district); BENCH_LEDGER_YEARS (1–5) and BENCH_LEDGER_PEOPLE (per district)
# for more payment rows: BENCH_LEDGER_YEARS=5 BENCH_LEDGER_PEOPLE=700000 with aid-reporting.jar gives 1,158,073
# applications, 231,298 of them in the current year's ledger (generated in 663 s); BENCH_LEDGER_DATA=<folder> uses a copy of an already
# generated data folder instead of the cached one of this jar; BENCH_LEDGER_RUNS (5); BENCH_PORT (wfed on +5).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=$(readlink -f "${1:-org.wfed.app/target/wfed.jar}")
scale=${BENCH_LEDGER_SCALE:-district}
runs=${BENCH_LEDGER_RUNS:-5}
port=$((BENCH_PORT + 5))
# grep reads all of unzip's output (with -q it would stop early, and pipefail would see unzip's SIGPIPE)
if ! unzip -l "$jar" 2>/dev/null | grep 'org.wfed.aid' >/dev/null; then
  echo "(skipped: $(basename "$jar") has no aid module)"
  exit 0
fi
if [ -n "${BENCH_LEDGER_DATA:-}" ]; then
  CACHED_DATA=$BENCH_LEDGER_DATA
  GEN_SECONDS="?"
else
  cached_data "$jar" "$scale" "${WFED_SEED:-42}" "${BENCH_LEDGER_YEARS:-1}" "${BENCH_LEDGER_PEOPLE:-}"
fi
data=$(copy_data "$CACHED_DATA")
wfed_start "$jar" "$data" "$port"
cookies="$BENCH_WORK/admin.cookies"
csrf=$(login "$port" admin "$BENCH_PASSWORD" "$cookies")
tree=""
for _ in $(seq 1 50); do
  tree=$(api "$port" "$cookies" "$csrf" GET orgs/tree 2>/dev/null) && [ -n "$tree" ] && break
  sleep 0.2
done
top=$(echo "$tree" | jq '[.[] | select(.parentId == null)][0].id')
street=$(echo "$tree" | jq '[.[] | select(.kind == "STREET")][0].id')
community=$(echo "$tree" | jq '[.[] | select(.kind == "COMMUNITY")][0].id')
insurance=$(api "$port" "$cookies" "$csrf" GET aid/programmes | jq '[.[] | select(.code == "WOMEN_INSURANCE")][0].id')
# the generated year: this year once its first quarter has passed, else last year (AidScaleData)
year=${BENCH_YEAR:-$(if [ "$(date +%j | sed 's/^0*//')" -ge 90 ]; then date +%Y; else echo $(( $(date +%Y) - 1 )); fi)}
rows=$(api "$port" "$cookies" "$csrf" GET "aid/ledger?unitId=$top&year=$year&size=1" | jq .total)
# week <unit>: the first day of the week most of the unit's insurance premiums were paid in (the mode of the
# payment days on the first 200 lines), so that the filtered page and export select something everywhere
week() {
  api "$port" "$cookies" "$csrf" GET "aid/ledger?unitId=$1&year=$year&programmeId=$insurance&size=200" \
    | jq -r '[.items[].paidOn | select(. != null)] | group_by(.) | max_by(length)[0] // empty'
}

echo "Against $(basename "$jar") ($(sha1sum "$jar" | cut -c1-12)), $scale data (seed ${WFED_SEED:-42}, generated in ${GEN_SECONDS:-?} s): $rows ledger rows in $year at the top unit; $runs requests per line, one after another."
echo
echo "| unit | what | rows matching | median (ms) | max (ms) | bytes | peak heap (MB) | load average |"
echo "|---|---|---|---|---|---|---|---|"

# measure <label> <unit label> <path> — runs the GET $runs times; prints one table line.
measure() {
  local label=$1 unit=$2 path=$3 out="$BENCH_WORK/ledger.out" times=() code secs total size mark
  mark=$(gc_mark "$data.gc.log")
  for _ in $(seq 1 "$runs"); do
    read -r code secs size < <(curl -s -o "$out" -w '%{http_code} %{time_total} %{size_download}\n' -b "$cookies" \
      "http://127.0.0.1:$port/api/$path")
    [ "$code" = 200 ] || { echo "| $unit | $label | HTTP $code: $(head -c 200 "$out") | | | | | |"; return; }
    times+=("$(awk -v s="$secs" 'BEGIN {printf "%.1f", s * 1000}')")
  done
  total=$(jq -r '.total // empty' "$out" 2>/dev/null || true)
  echo "| $unit | $label | ${total:-—} | $(printf '%s\n' "${times[@]}" | median) | $(printf '%s\n' "${times[@]}" | sort -n | tail -1) | $size | $(gc_peak_mb "$data.gc.log" "$mark") | $(load_avg) |"
}

for level in top street community; do
  unit=${!level}
  name="$level ($unit)"
  from=$(week "$unit")
  from=${from:-$year-01-15}
  to=$(date -d "$from + 6 days" +%F)
  filter="programmeId=$insurance&status=RECEIVED&paidFrom=$from&paidTo=$to"
  wait_for_quiet
  measure "ledger page 1" "$name" "aid/ledger?unitId=$unit&year=$year&page=1&size=50"
  measure "ledger filtered: insurance, received, paid $from…$to, page 1" "$name" "aid/ledger?unitId=$unit&year=$year&$filter&page=1&size=50"
  # the middle page of the unit's ledger: Derby skips the rows before it (OFFSET)
  middle=$(( $(api "$port" "$cookies" "$csrf" GET "aid/ledger?unitId=$unit&year=$year&size=1" | jq .total) / 100 + 1 ))
  measure "ledger deep page ($middle of 50 rows, the middle)" "$name" "aid/ledger?unitId=$unit&year=$year&page=$middle&size=50"
  measure "applications status=PAID, page 1" "$name" "aid/applications?unitId=$unit&year=$year&status=PAID&page=1&size=50"
  measure "XLSX export of the filtered ledger" "$name" "aid/ledger.xlsx?unitId=$unit&year=$year&$filter"
done
echo
echo "RSS after the run: $(rss_mb "$WFED_PID") MB."
wfed_stop
