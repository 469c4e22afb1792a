#!/usr/bin/env bash
# Import benchmark: the aid module's roster import (花名册, docs/aid.md) of BENCH_ROWS rows (default
# 100,000) written by bench/roster.py as XLSX and as CSV, into one community of a generated district:
# POST /api/aid/import/preview then POST /api/aid/import/commit, each timed with curl, with the peak
# heap from the GC log. By default wfed runs with -Xmx512m (the goal's heap), so a run that needs
# more fails visibly; BENCH_IMPORT_XMX changes it ("" for the JVM's default). The request thread's
# stacks during the first commit are sampled to BENCH_OUT (default bench/out/).
# BENCH_IMPORT_DATA=<folder> imports into a copy of an already generated data folder (e.g. one in BENCH_CACHE
# made by another build: wfed migrates it at start) instead of generating the district for this jar.
#   bench/import.sh [jar]          (default org.wfed.app/target/wfed.jar; needs the aid module)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=$(readlink -f "${1:-org.wfed.app/target/wfed.jar}")
rows=${BENCH_ROWS:-100000}
formats=${BENCH_IMPORT_FORMATS:-xlsx csv}
xmx=${BENCH_IMPORT_XMX--Xmx512m}
port=$((BENCH_PORT + 3))
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
# grep reads all of unzip's output (with -q it would stop early, and pipefail would see unzip's SIGPIPE)
if ! unzip -l "$jar" 2>/dev/null | grep 'org.wfed.aid' >/dev/null; then
  echo "(skipped: $(basename "$jar") has no aid module)"
  exit 0
fi

if [ -n "${BENCH_IMPORT_DATA:-}" ]; then
  CACHED_DATA=$BENCH_IMPORT_DATA
else
  cached_data "$jar" district "${WFED_SEED:-42}"
fi
echo "Against $(basename "$jar") ($(sha1sum "$jar" | cut -c1-12)), $rows rows into one community, wfed with ${xmx:-the default heap}."
echo
echo "| file | size (MB) | step | time (ms) | wfed CPU (ms) | HTTP | rows / created / errors | peak heap (MB) | load average |"
echo "|---|---|---|---|---|---|---|---|---|"
for fmt in $formats; do
  file="$BENCH_WORK/roster-$rows.$fmt"
  python3 bench/roster.py "$rows" "$file"
  # the request: base64 in 4 MB parts, as the console sends it
  python3 - "$file" "$BENCH_WORK/request.json" <<'EOF'
import base64, json, sys
data = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
parts = [data[i:i + 4_000_000] for i in range(0, len(data), 4_000_000)]
json.dump({"unitId": 0, "fileName": "花名册." + sys.argv[1].rsplit(".", 1)[1], "contentBase64": parts},
          open(sys.argv[2], "w"))
EOF
  data=$(copy_data "$CACHED_DATA")
  BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} $xmx" wfed_start "$jar" "$data" "$port"
  cookies="$BENCH_WORK/admin.cookies"
  csrf=$(login "$port" admin "$BENCH_PASSWORD" "$cookies")
  # older builds answered health before every resource was registered: retry the first call for a few seconds
  community=""
  for _ in $(seq 1 50); do
    community=$(api "$port" "$cookies" "$csrf" GET orgs/tree 2>/dev/null | jq '[.[] | select(.kind == "COMMUNITY")][0].id') \
      && [ -n "$community" ] && break
    sleep 0.2
  done
  sed -i "s/\"unitId\": 0/\"unitId\": $community/" "$BENCH_WORK/request.json"
  # reporting's warm-up after start would share the cores with the import (25 s commit instead of 14 s, run 9)
  await_warm_up "$port" "$cookies" "$csrf" >/dev/null
  size=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b / 1048576}')
  for step in preview commit; do
    wait_for_quiet
    load=$(load_avg)
    mark=$(gc_mark "$data.gc.log")
    sampler=""
    if [ "$step" = commit ] && [ "$fmt" = "${formats%% *}" ]; then
      stacks="$out/import-stacks-$(date -u +%Y%m%dT%H%M%SZ).txt"
      sample_stacks 600 "$stacks" &
      sampler=$!
    fi
    cpu0=$(cpu_ms "$WFED_PID")
    res=$(curl -s -o "$BENCH_WORK/import.out" -w '%{http_code} %{time_total}' -b "$cookies" -H "X-CSRF-Token: $csrf" \
      -H 'Content-Type: application/json' --data-binary @"$BENCH_WORK/request.json" "http://127.0.0.1:$port/api/aid/import/$step")
    read -r code secs <<<"$res"
    # CPU time of the whole wfed process over the request (request thread, GC, Derby's background threads):
    # less inflated by a loaded machine than the wall time
    cpu=$(( $(cpu_ms "$WFED_PID") - cpu0 ))
    if [ -n "$sampler" ]; then touch "$stacks.stop"; wait "$sampler" || true; fi
    summary=$(jq -r '"\(.rows // "-") / \(.created // "-") / \(.errors | length? // "-")"' "$BENCH_WORK/import.out" 2>/dev/null \
      || head -c 200 "$BENCH_WORK/import.out")
    [ "$code" = 200 ] || [ "$code" = 201 ] || summary="$(jq -r '.code + " " + .message' "$BENCH_WORK/import.out" 2>/dev/null || head -c 200 "$BENCH_WORK/import.out")"
    echo "| $fmt | $size | $step | $(awk -v s="$secs" 'BEGIN {printf "%d", s * 1000}') | $cpu | $code | $summary | $(gc_peak_mb "$data.gc.log" "$mark") | $load |"
  done
  kill -0 "$WFED_PID" 2>/dev/null || echo "| $fmt | | wfed died (see the log: $(grep -m1 -o 'OutOfMemoryError.*' "$WFED_LOG" || echo '?')) | | | | | | |"
  wfed_stop
done
[ -n "${stacks:-}" ] && echo && echo "Request thread during the first commit (jcmd Thread.print every 0.5 s): $stacks"
