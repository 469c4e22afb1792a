#!/usr/bin/env bash
# Runs the whole suite and appends a dated section to docs/benchmarks.md (machine, load, commit,
# command, the tables). Give one build or two to compare them in one run, benchmark by benchmark
# (A then B for each, so both see the same machine):
#   bench/run-all.sh                          the jars in org.wfed.app/target/ (build them first)
#   bench/run-all.sh main HEAD                two git revisions: each exported to a temporary folder
#                                             (git archive) and built there (mvn -o package, never install)
#   bench/run-all.sh old/wfed.jar new/wfed.jar  two full-deployment jars (the small one: activities.jar
#                                             next to each, when present)
# Settings: BENCH_ONLY="startup http reports import" (a subset; "rights" adds the rights register on rights-reporting.jar), BENCH_STARTUP_RUNS (5),
# BENCH_DURATION (10 s per wrk run), BENCH_CITY=1 (city-scale reports too), BENCH_MAX_LOAD_WAIT
# (seconds to wait for a quiet machine before each measurement, default 0), BENCH_DOC (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
only=${BENCH_ONLY:-startup http reports import}
doc=${BENCH_DOC:-docs/benchmarks.md}
command="bench/run-all.sh $*"
[ -n "${BENCH_ONLY:-}" ] && command="BENCH_ONLY=\"$BENCH_ONLY\" $command"
[ "${BENCH_CITY:-0}" = 1 ] && command="BENCH_CITY=1 $command"

# resolve every argument to a full-deployment jar and a label
jars=()
labels=()
[ $# -eq 0 ] && set -- org.wfed.app/target/wfed.jar
for arg in "$@"; do
  if [ -f "$arg" ]; then
    jars+=("$(readlink -f "$arg")")
    labels+=("$arg")
  else
    rev=$(git rev-parse --short "$arg^{commit}")
    build="${BENCH_BUILDS:-/tmp/wfed-bench-builds}/$rev"
    if [ ! -f "$build/org.wfed.app/target/wfed.jar" ]; then
      echo "building $arg ($rev) in $build …" >&2
      rm -rf "$build" && mkdir -p "$build"
      git archive "$rev" | tar -x -C "$build"
      (cd "$build" && mvn -B -o -q package -DskipTests >"$build/build.log" 2>&1) || { echo "build of $rev failed: $build/build.log" >&2; exit 1; }
    fi
    jars+=("$build/org.wfed.app/target/wfed.jar")
    labels+=("$arg ($rev)")
  fi
done

out=$(mktemp -d /tmp/wfed-bench-run.XXXXXX)
export BENCH_OUT="$root/bench/out"
mkdir -p "$BENCH_OUT"
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

for bench in $only; do
  for i in "${!jars[@]}"; do
    jar=${jars[$i]}
    f="$out/$bench-$i.md"
    echo "== $bench: ${labels[$i]}" >&2
    case $bench in
      startup)
        small="$(dirname "$jar")/activities.jar"
        if [ -f "$small" ]; then bench/startup.sh "${BENCH_STARTUP_RUNS:-5}" "$jar" "$small" >"$f"; else bench/startup.sh "${BENCH_STARTUP_RUNS:-5}" "$jar" >"$f"; fi ;;
      http) bench/http.sh "$jar" >"$f" ;;
      # the roll-up's goals are checked on every run: a miss marks the section "(failed: exit 3)"
      reports) BENCH_CHECK=${BENCH_CHECK:-1} bench/reports.sh "$jar" >"$f" ;;
      import) bench/import.sh "$jar" >"$f" ;;
      rights) bench/rights.sh "$(dirname "$jar")/rights-reporting.jar" >"$f" ;;
      *) echo "unknown benchmark $bench" >&2; exit 1 ;;
    esac || echo "(failed: exit $?)" >>"$f"
    cat "$f" >&2
  done
done

{
  echo
  echo "## Run of $started"
  echo
  echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GB memory, $(java -version 2>&1 | head -1)"
  echo "- Load average (1, 5, 15 min): $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (each table has its own)"
  echo "- Command: \`$command\`"
  for i in "${!jars[@]}"; do
    echo "- Build $((i + 1)): ${labels[$i]} — $(basename "${jars[$i]}") sha1 $(sha1sum "${jars[$i]}" | cut -c1-12); bench scripts at $(git rev-parse --short HEAD)"
  done
  for bench in $only; do
    echo
    case $bench in
      startup) echo "### Start-up (process start → first 200 on /api/health)" ;;
      http) echo "### HTTP (wrk, loopback, generated district)" ;;
      reports) echo "### Reports (generated data)" ;;
      import) echo "### Roster import (aid)" ;;
    esac
    for i in "${!jars[@]}"; do
      echo
      [ ${#jars[@]} -gt 1 ] && echo "Build $((i + 1)): ${labels[$i]}" && echo
      cat "$out/$bench-$i.md"
    done
  done
} >>"$doc"
rm -rf "$out"
echo "appended to $doc" >&2
