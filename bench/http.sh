#!/usr/bin/env bash
# HTTP benchmark with wrk on loopback, against a generated district (200,000 people):
#   read  — GET /api/people?unitId=<community>&page=1&size=20 as a community clerk (STAFF)
#   write — POST /api/people (a woman with a unique name) as the same clerk
#   login — POST /api/auth/login (PBKDF2 with WFED_PASSWORD_ITERATIONS=1000, as in the suite)
# at 1, 16 and 64 connections, BENCH_DURATION seconds each (default 10) after BENCH_JIT_WARM_UP seconds (30) of
# reads and half that of writes and logins (the JIT reaches its steady state); then single
# requests (curl, sequential) of the people page of a community, a street and the whole district (the
# count over 200,000 rows), and a sample of the HTTP threads' stacks under the 16-connection read.
#   bench/http.sh [jar]            (default org.wfed.app/target/wfed.jar)
# Prints Markdown tables; the stack sample goes to BENCH_OUT (default bench/out/) as http-stacks-*.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=$(readlink -f "${1:-org.wfed.app/target/wfed.jar}")
duration=${BENCH_DURATION:-10}
warm=${BENCH_JIT_WARM_UP:-30}
conns=${BENCH_CONNECTIONS:-1 16 64}
port=$((BENCH_PORT + 1))
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

cached_data "$jar" district "${WFED_SEED:-42}"
data=$(copy_data "$CACHED_DATA")
wfed_start "$jar" "$data" "$port"
base="http://127.0.0.1:$port"

admin_cookies="$BENCH_WORK/admin.cookies"
admin_csrf=$(login "$port" admin "$BENCH_PASSWORD" "$admin_cookies")
# reporting's warm-up after start would otherwise share the cores with the first runs
warm_up=$(await_warm_up "$port" "$admin_cookies" "$admin_csrf")
tree=$(api "$port" "$admin_cookies" "$admin_csrf" GET orgs/tree)
top=$(echo "$tree" | jq '[.[] | select(.parentId == null)][0].id')
street=$(echo "$tree" | jq '[.[] | select(.kind == "STREET")][0].id')
community=$(echo "$tree" | jq '[.[] | select(.kind == "COMMUNITY")][0].id')
other=$(echo "$tree" | jq '[.[] | select(.kind == "COMMUNITY")][1].id')
api "$port" "$admin_cookies" "$admin_csrf" POST users \
  "{\"username\":\"bench.clerk\",\"displayName\":\"压测社区干部\",\"unitId\":$community,\"roles\":[\"STAFF\"],\"password\":\"$BENCH_PASSWORD\"}" >/dev/null
cookies="$BENCH_WORK/clerk.cookies"
csrf=$(login "$port" bench.clerk "$BENCH_PASSWORD" "$cookies")
export WFED_SESSION WFED_CSRF WFED_UNIT=$community WFED_USER=bench.clerk WFED_PASSWORD=$BENCH_PASSWORD
WFED_SESSION=$(session_of "$cookies")
WFED_CSRF=$csrf
read_url="$base/api/people?unitId=$community&page=1&size=20"
people=$(curl -sf -b "$cookies" "$read_url" | jq .total)

# one wrk run: prints "| case | connections | req/s | median | p99 | requests | errors | CPU/request | load |"
# (wfed's CPU time per request — user + system of the java process over the run — is the figure a busy
# machine distorts least: 2 cores / CPU per request bounds the throughput of a machine of our own)
run_wrk() {
  local name=$1 c=$2 script=$3 url=$4 t res
  t=$(( c < 2 ? 1 : 2 ))
  wait_for_quiet
  local load cpu0
  load=$(load_avg)
  cpu0=$(cpu_ms "$WFED_PID")
  res=$(WFED_RUN="$(date +%s)$c" wrk -t"$t" -c"$c" -d"${duration}s" --timeout 10s -s "bench/wrk/$script" "$url" | awk '/^RESULT/ {print $2, $3, $4, $5, $6 + $7}')
  read -r rps med p99 n errs <<<"$res"
  local cpu=$(( $(cpu_ms "$WFED_PID") - cpu0 ))
  echo "| $name | $c | $rps | $med | $p99 | $n | $errs | $(awk -v c="$cpu" -v n="$n" 'BEGIN {if (n) printf "%.2f", c / n}') | $load |"
}

echo "Against $(basename "$jar") ($(sha1sum "$jar" | cut -c1-12)), district data (seed ${WFED_SEED:-42}): community $community has $people people; ${duration} s per run, wrk -t1 at 1 connection, -t2 otherwise; reporting warm-up after start: $warm_up (waited for)."
echo
# warm-up (JIT, Derby's page cache): not reported. The C2 compiler needs ~30 s of load on two cores: after
# only 5 s a 10-s run measured mostly the compiler (1,867 req/s against 3,103 in steady state, run 9).
wrk -t2 -c16 -d"${warm}s" -s bench/wrk/read.lua "$read_url" >/dev/null
wrk -t1 -c4 -d"$(( (warm + 1) / 2 ))s" -s bench/wrk/write-person.lua "$base/api/people" >/dev/null
wrk -t1 -c4 -d"$(( (warm + 1) / 2 ))s" -s bench/wrk/login.lua "$base/api/auth/login" >/dev/null

echo "| case | connections | req/s | median (ms) | p99 (ms) | requests | errors | wfed CPU per request (ms) | load average |"
echo "|---|---|---|---|---|---|---|---|---|"
stacks="$out/http-stacks-$(date -u +%Y%m%dT%H%M%SZ).txt"
for c in $conns; do
  if [ "$c" = 16 ]; then
    sample_stacks "$duration" "$stacks" &
    sampler=$!
    run_wrk "read: community people page 1" "$c" read.lua "$read_url"
    wait "$sampler"
  else
    run_wrk "read: community people page 1" "$c" read.lua "$read_url"
  fi
done
for c in $conns; do run_wrk "write: POST /api/people" "$c" write-person.lua "$base/api/people"; done
for c in $conns; do run_wrk "login" "$c" login.lua "$base/api/auth/login"; done

# single sequential requests: median and max of 20 (after 3 warm-ups), as the admin of the district
single() {
  local name=$1 url=$2 ts i
  for i in 1 2 3; do curl -sf -o /dev/null -b "$admin_cookies" "$url"; done
  ts=$(for i in $(seq 1 20); do curl -sf -o /dev/null -w '%{time_total}\n' -b "$admin_cookies" "$url"; done | awk '{printf "%.1f\n", $1 * 1000}')
  local total
  total=$(curl -sf -b "$admin_cookies" "$url" | jq .total)
  echo "| $name | $total | $(echo "$ts" | median) | $(echo "$ts" | sort -n | tail -1) | $(load_avg) |"
}
echo
echo "Single requests (curl, one after another, 20 each):"
echo
echo "| people page 1 of | rows counted | median (ms) | max (ms) | load average |"
echo "|---|---|---|---|---|"
single "a community (not written to)" "$base/api/people?unitId=$other&page=1&size=20"
single "the community the write runs filled" "$read_url"
single "a street (30 communities)" "$base/api/people?unitId=$street&page=1&size=20"
single "the district (top unit)" "$base/api/people?unitId=$top&page=1&size=20"
single "the district, page 500" "$base/api/people?unitId=$top&page=500&size=20"
single "a community, search 王" "$base/api/people?unitId=$community&q=%E7%8E%8B&page=1&size=20"
echo
echo "RSS after the run: $(rss_mb "$WFED_PID") MB. Busy HTTP threads under the 16-connection read (jcmd Thread.print every 0.5 s): $stacks"
wfed_stop
