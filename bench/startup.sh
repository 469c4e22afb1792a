#!/usr/bin/env bash
# Start-up benchmark: process start → first HTTP 200 on /api/health, and RSS once up, for one or
# more exported jars, N runs each on a fresh and on an existing (already migrated) data folder.
# Prints a Markdown table with the load average at each jar's runs.
#   bench/startup.sh [runs] [jar …]
# Default: 5 runs of the full deployment (org.wfed.app/target/wfed.jar) and of the smallest one
# (org.wfed.app/target/activities.jar: core + activities). Extra JVM options via BENCH_JAVA_OPTS,
# e.g. BENCH_JAVA_OPTS="-XX:TieredStopAtLevel=1". Port BENCH_PORT (default 18600).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-5}
shift || true
jars=("$@")
if [ ${#jars[@]} -eq 0 ]; then
  jars=(org.wfed.app/target/wfed.jar)
  [ -f org.wfed.app/target/activities.jar ] && jars+=(org.wfed.app/target/activities.jar)
fi
port=$BENCH_PORT

# one run: prints "<ms> <rss MB> <cpu ms>"
one() {
  wfed_start "$1" "$2" "$port"
  local rss
  rss=$(rss_mb "$WFED_PID")
  wfed_stop
  echo "$START_MS $rss $START_CPU_MS"
}

echo "| jar | data folder | runs | start→health median (ms) | min | max | CPU used by then, median (ms) | RSS after start (MB) | load average |"
echo "|---|---|---|---|---|---|---|---|---|"
for jar in "${jars[@]}"; do
  jar=$(readlink -f "$jar")
  for mode in fresh existing; do
    wait_for_quiet
    load=$(load_avg)
    results=()
    data="$BENCH_WORK/data-$mode"
    rm -rf "$data"
    [ $mode = existing ] && one "$jar" "$data" >/dev/null
    for i in $(seq 1 "$runs"); do
      [ $mode = fresh ] && rm -rf "$data"
      results+=("$(one "$jar" "$data")")
    done
    ms=$(printf '%s\n' "${results[@]}" | awk '{print $1}')
    rss=$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)
    cpu=$(printf '%s\n' "${results[@]}" | awk '{print $3}' | median)
    echo "| $(basename "$jar") | $mode | $runs | $(echo "$ms" | median) | $(echo "$ms" | sort -n | head -1) | $(echo "$ms" | sort -n | tail -1) | $cpu | $rss | $load |"
  done
done
