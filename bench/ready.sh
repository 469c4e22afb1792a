#!/usr/bin/env bash
# Start-up as users wait for it: process start → first 200 on /api/health, and → every module listed and sign-in
# answering 200; CPU time used by then. Each start runs on a fresh copy of a data folder (e.g. a generated
# district from bench/reports.sh's cache), with a CDS archive per jar as run.sh makes it and, as run.sh keeps it,
# the Felix bundle cache of the jar's earlier runs (BENCH_KEEP_CACHE=0: a fresh cache at every start, as
# `java -jar` alone); jars alternate.
#   bench/ready.sh <data folder> <runs> <jar> [jar …]
# The admin password of the data folder is BENCH_PASSWORD (lib.sh); port BENCH_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
src=$(readlink -f "$1"); runs=$2; shift 2
port=$BENCH_PORT
echo "| jar | start → first 200 (ms) | start → ready and signed in (ms) | CPU by then (ms) | load |"
echo "|---|---|---|---|---|"
for i in $(seq 1 "$runs"); do
  for jar in "$@"; do
    jar=$(readlink -f "$jar")
    build=$(sha1sum "$jar" | cut -c1-12)
    cds="$BENCH_WORK/$build.jsa"
    keep=""
    [ "${BENCH_KEEP_CACHE:-1}" = 1 ] && keep="-Dlaunch.keep=true -Dlaunch.storage.dir=$BENCH_WORK/$build.felix"
    data="$BENCH_WORK/data"
    if [ ! -f "$cds" ]; then
      rm -rf "$data"; cp -a "$src" "$data"; rm -f "$data/wfed.lock"
      BENCH_JAVA_OPTS="-XX:ArchiveClassesAtExit=$cds $keep" wfed_start "$jar" "$data" "$port" WFED_PORT="$port"
      wfed_stop
    fi
    rm -rf "$data"; cp -a "$src" "$data"; rm -f "$data/wfed.lock"
    load=$(load1)
    t0=$(date +%s%N)
    BENCH_JAVA_OPTS="-XX:SharedArchiveFile=$cds $keep ${BENCH_JAVA_OPTS:-}" wfed_start "$jar" "$data" "$port" WFED_PORT="$port"
    first=$START_MS
    until curl -sf "http://127.0.0.1:$port/api/health" | grep -q '"reporting"' && [ "$(curl -s -o /dev/null -w '%{http_code}' \
        -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$BENCH_PASSWORD\"}" \
        "http://127.0.0.1:$port/api/auth/login")" = 200 ]; do
      sleep 0.02
    done
    ready=$(( ($(date +%s%N) - t0) / 1000000 ))
    echo "| $(basename "$jar") | $first | $ready | $(cpu_ms "$WFED_PID") | $load |"
    wfed_stop
  done
done
