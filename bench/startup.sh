#!/usr/bin/env bash
# Start-up benchmark: process start → first HTTP 200 on /api/health, and RSS once up, for one or
# more exported jars, N runs each on a fresh and on an existing data folder. Prints a Markdown table.
#   bench/startup.sh [runs] [jar …]      (default: 5 runs of org.wfed.app/target/wfed.jar)
# Extra JVM options via WFED_JAVA_OPTS, e.g. WFED_JAVA_OPTS="-XX:TieredStopAtLevel=1".
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
jars=("$@")
[ ${#jars[@]} -eq 0 ] && jars=(org.wfed.app/target/wfed.jar)
port=${BENCH_PORT:-18500}
work=$(mktemp -d)
trap 'pkill -f "bench-wfed-$port" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# one run: prints "<ms> <rss MB>"
one() {
  local jar=$1 data=$2
  local start end pid rss
  start=$(date +%s%N)
  ( cd "$work" && WFED_DATA="$data" WFED_ADMIN_PASSWORD='Bench-Pass-2026!' WFED_PASSWORD_ITERATIONS=1000 \
    exec java ${WFED_JAVA_OPTS:-} -Dbench-wfed-$port -Dorg.osgi.service.http.port=$port -jar "$jar" >"$work/out.log" 2>&1 ) &
  pid=$!
  until curl -sf "http://localhost:$port/api/health" >/dev/null 2>&1; do
    sleep 0.02
    if ! kill -0 $pid 2>/dev/null; then echo "failed: see $work/out.log" >&2; cat "$work/out.log" >&2; exit 1; fi
  done
  end=$(date +%s%N)
  rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "| jar | data folder | runs | start→health median (ms) | min | max | RSS after start (MB) |"
echo "|---|---|---|---|---|---|---|"
for jar in "${jars[@]}"; do
  jar=$(readlink -f "$jar")
  for mode in fresh existing; do
    results=()
    data="$work/data-$mode"
    rm -rf "$data"
    [ $mode = existing ] && one "$jar" "$data" >/dev/null
    for i in $(seq 1 "$runs"); do
      [ $mode = fresh ] && rm -rf "$data"
      results+=("$(one "$jar" "$data")")
    done
    ms=$(printf '%s\n' "${results[@]}" | awk '{print $1}')
    rss=$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)
    echo "| $(basename "$jar") | $mode | $runs | $(echo "$ms" | median) | $(echo "$ms" | sort -n | head -1) | $(echo "$ms" | sort -n | tail -1) | $rss |"
  done
done
