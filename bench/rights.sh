#!/usr/bin/env bash
# Rights register benchmark (issue 14): the case register's first page, its filtered first page, the protection-order
# worklist and the families-at-risk board (all open files of the subtree sorted overdue first, then the overdue only)
# on generated data. The scale generator (WFED_GENERATE, docs/rights.md "Scale data") writes through the module's
# rules 10 cases and 17 households on file per community and year: 3,000 cases and 5,100 families for a district.
# Against the top unit (district), a street and a community, each timed BENCH_RIGHTS_RUNS times (curl, one after
# another; median and max), signed in as a unit admin of the top unit (a system admin holds no rights permission).
#   bench/rights.sh [jar]     (default org.wfed.app/target/rights-reporting.jar; needs the rights module)
# BENCH_RIGHTS_SCALE=district|city (default district); BENCH_RIGHTS_RUNS (5); BENCH_PORT (wfed on +6).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=$(readlink -f "${1:-org.wfed.app/target/rights-reporting.jar}")
scale=${BENCH_RIGHTS_SCALE:-district}
runs=${BENCH_RIGHTS_RUNS:-5}
port=$((BENCH_PORT + 6))
if ! unzip -l "$jar" 2>/dev/null | grep 'org.wfed.rights' >/dev/null; then
  echo "(skipped: $(basename "$jar") has no rights module)"
  exit 0
fi
cached_data "$jar" "$scale" "${WFED_SEED:-42}"
data=$(copy_data "$CACHED_DATA")
wfed_start "$jar" "$data" "$port"
admin_cookies="$BENCH_WORK/admin.cookies"
admin_csrf=$(login "$port" admin "$BENCH_PASSWORD" "$admin_cookies")
tree=$(api_ready "$port" "$admin_cookies" "$admin_csrf" GET orgs/tree)
top=$(echo "$tree" | jq '[.[] | select(.parentId == null)][0].id')
street=$(echo "$tree" | jq '[.[] | select(.kind == "STREET")][0].id')
community=$(echo "$tree" | jq '[.[] | select(.kind == "COMMUNITY")][0].id')
user="bench-rights-$$"
api "$port" "$admin_cookies" "$admin_csrf" POST users "{\"username\":\"$user\",\"displayName\":\"维权测试\",\"unitId\":$top,\"roles\":[\"UNIT_ADMIN\"],\"password\":\"$BENCH_PASSWORD\"}" >/dev/null
cookies="$BENCH_WORK/rights.cookies"
csrf=$(login "$port" "$user" "$BENCH_PASSWORD" "$cookies")
year=$(date +%Y)
cases=$(api "$port" "$cookies" "$csrf" GET "rights/cases?unitId=$top&year=$year&size=1" | jq .total)
families=$(api "$port" "$cookies" "$csrf" GET "rights/families?unitId=$top&size=1" | jq .total)

echo "Against $(basename "$jar") ($(sha1sum "$jar" | cut -c1-12)), $scale data (seed ${WFED_SEED:-42}, generated in ${GEN_SECONDS:-?} s): $cases cases in $year and $families households on file at the top unit; $runs requests per line, one after another."
echo
echo "| unit | what | rows matching | median (ms) | max (ms) | bytes | load average |"
echo "|---|---|---|---|---|---|---|"

# measure <label> <unit label> <path> — runs the GET $runs times; prints one table line.
measure() {
  local label=$1 unit=$2 path=$3 out="$BENCH_WORK/rights.out" times=() code secs size total
  for _ in $(seq 1 "$runs"); do
    read -r code secs size < <(curl -s -o "$out" -w '%{http_code} %{time_total} %{size_download}\n' -b "$cookies" \
      "http://127.0.0.1:$port/api/$path")
    [ "$code" = 200 ] || { echo "| $unit | $label | HTTP $code: $(head -c 200 "$out") | | | | |"; return; }
    times+=("$(awk -v s="$secs" 'BEGIN {printf "%.1f", s * 1000}')")
  done
  total=$(jq -r '.total // ((.awaitingDecision | length | tostring) + " pending, " + (.expiring | length | tostring) + " expiring")' "$out" 2>/dev/null || true)
  echo "| $unit | $label | ${total:-—} | $(printf '%s\n' "${times[@]}" | median) | $(printf '%s\n' "${times[@]}" | sort -n | tail -1) | $size | $(load_avg) |"
}

for level in top street community; do
  unit=${!level}
  name="$level ($unit)"
  wait_for_quiet
  measure "case register page 1" "$name" "rights/cases?unitId=$unit&year=$year&page=1&size=50"
  measure "case register: domestic violence, open, page 1" "$name" "rights/cases?unitId=$unit&year=$year&kind=DOMESTIC_VIOLENCE&status=OPEN&page=1&size=50"
  measure "protection-order worklist" "$name" "rights/orders/worklist?unitId=$unit"
  measure "families board page 1 (overdue first)" "$name" "rights/families?unitId=$unit&page=1&size=50"
  measure "families board: overdue only" "$name" "rights/families?unitId=$unit&overdue=true&page=1&size=50"
done
echo
echo "RSS after the run: $(rss_mb "$WFED_PID") MB."
wfed_stop
