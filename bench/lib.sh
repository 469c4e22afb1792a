# Shared helpers of the bench scripts (sourced, not run). Everything runs on loopback; wfed processes
# started here are stopped by their pid (never by name) when the calling script exits.
#   BENCH_PORT  first port to use (default 18600; the suite stays within 18600–18699)
#   BENCH_WORK  scratch folder (default: a fresh mktemp folder, removed at exit unless BENCH_KEEP=1)
#   BENCH_JAVA_OPTS  extra JVM options for every started wfed
#   BENCH_PASSWORD_ITERATIONS  PBKDF2 rounds of the started wfeds (default 1000, cheap sign-ins; wfed's own default 600000)
BENCH_PASSWORD='Bench-Pass-2026!'
BENCH_PORT=${BENCH_PORT:-18600}
if [ -z "${BENCH_WORK:-}" ]; then
  BENCH_WORK=$(mktemp -d /tmp/wfed-bench.XXXXXX)
  BENCH_OWN_WORK=1
fi
mkdir -p "$BENCH_WORK"
BENCH_PIDS=()

bench_cleanup() {
  local p
  for p in "${BENCH_PIDS[@]:-}"; do
    [ -n "$p" ] && kill "$p" 2>/dev/null && wait "$p" 2>/dev/null
  done
  if [ "${BENCH_OWN_WORK:-}" = 1 ] && [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$BENCH_WORK"; fi
  return 0
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# Waits (up to BENCH_MAX_LOAD_WAIT seconds, default 0) until the 1-minute load is below the core count + 1.
wait_for_quiet() {
  local limit=$(( $(nproc) + 1 )) waited=0 max=${BENCH_MAX_LOAD_WAIT:-0}
  while [ "$waited" -lt "$max" ] && awk -v l="$(load1)" -v m="$limit" 'BEGIN {exit !(l >= m)}'; do
    sleep 10; waited=$((waited + 10))
  done
}

# wfed_start <jar> <data folder> <port> [VAR=value …] — starts wfed in the background, waits for the
# first 200 on /api/health; sets WFED_PID, START_MS (process start → health) and START_CPU_MS (CPU
# time used by then). GC log in <data>.gc.log. The scripts sign in as admin with curl, so the two-factor
# sign-in the jar asks of system admins is off here (WFED_TWO_FACTOR=none): it costs one query per sign-in.
wfed_start() {
  local jar=$1 data=$2 port=$3
  shift 3
  local dir
  dir=$(mktemp -d "$BENCH_WORK/run.XXXX")
  local t0
  t0=$(date +%s%N)
  ( cd "$dir" && exec env WFED_DATA="$data" WFED_ADMIN_PASSWORD="$BENCH_PASSWORD" WFED_PASSWORD_ITERATIONS="${BENCH_PASSWORD_ITERATIONS:-1000}" WFED_TWO_FACTOR=none "$@" \
      java ${BENCH_JAVA_OPTS:-} -Xlog:gc:file="$data.gc.log" -Dorg.osgi.service.http.port="$port" -jar "$jar" >"$dir/out.log" 2>&1 ) &
  WFED_PID=$!
  WFED_LOG="$dir/out.log"
  BENCH_PIDS+=("$WFED_PID")
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/health"; do
    if ! kill -0 "$WFED_PID" 2>/dev/null; then echo "wfed did not start, log:" >&2; tail -40 "$dir/out.log" >&2; return 1; fi
    sleep 0.02
  done
  START_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  START_CPU_MS=$(cpu_ms "$WFED_PID")
}

# CPU time (user + system, ms) the process has used so far: less distorted by a busy machine than
# wall time, since it does not count the time the process waited for a core.
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"
}

# wfed_stop — stops the wfed of WFED_PID.
wfed_stop() {
  kill "$WFED_PID" 2>/dev/null || true
  wait "$WFED_PID" 2>/dev/null || true
}

rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024 )); }

# login <port> <user> <password> <cookie file> — prints the CSRF token; the session cookie goes to the file.
# Retries for up to 30 s (health says ready only once sign-in answers; a wfed older than that said so earlier).
login() {
  local i body
  for i in $(seq 1 150); do
    if body=$(curl -sf -c "$4" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$2\",\"password\":\"$3\"}" "http://127.0.0.1:$1/api/auth/login"); then
      echo "$body" | jq -r .csrfToken
      return 0
    fi
    sleep 0.2
  done
  echo "sign-in as $2 failed" >&2
  return 1
}
session_of() { awk '$6 == "WFED_SESSION" {print $7}' "$1"; }

# api <port> <cookie file> <csrf> <method> <path> [json body] — prints the body; fails on an HTTP error.
api() {
  local port=$1 jar=$2 csrf=$3 method=$4 path=$5 body=${6:-}
  if [ -n "$body" ]; then
    curl -sS -f -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' -X "$method" -d "$body" "http://127.0.0.1:$port/api/$path"
  else
    curl -sS -f -b "$jar" -H "X-CSRF-Token: $csrf" -X "$method" "http://127.0.0.1:$port/api/$path"
  fi
}

# api_ready — api, retried for up to 20 s: right after start the JAX-RS whiteboard may still be adding the
# modules' resources and answer 404 for a moment.
api_ready() {
  local i
  for i in $(seq 1 100); do
    if api "$@" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  api "$@"
}

# timed <command …> — runs it, prints "<ms>" on stdout (the command's output goes to $BENCH_WORK/last.out).
timed() {
  local t0
  t0=$(date +%s%N)
  "$@" >"$BENCH_WORK/last.out"
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}

# Heap: the GC log lines since a mark. gc_mark <log> prints the current line count; gc_peak_mb <log> <mark>
# prints the largest heap occupancy (MB) seen before a collection since the mark (plus the occupancy now,
# from jcmd, so a window without a GC still counts).
gc_mark() { [ -f "$1" ] && wc -l <"$1" || echo 0; }
gc_peak_mb() {
  local log=$1 mark=$2 now
  now=$(jcmd "$WFED_PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/ && /used/ {for (i=1;i<=NF;i++) if ($i ~ /^used/) {v=$(i+1); sub(/K.*/,"",v); print int(v/1024); exit}}')
  tail -n +"$((mark + 1))" "$log" 2>/dev/null | grep -o '[0-9]*M->[0-9]*M' | sed 's/M->.*//' \
    | { cat; echo "${now:-0}"; } | sort -n | tail -1
}

# median and p-th percentile of numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]}'; }

# generate <jar> <data folder> <port> <scale> <seed> [VAR=value …] — fills a fresh data folder (extra
# settings for the generating wfed, e.g. WFED_GENERATE_YEARS=3, after the seed); prints the generation
# seconds and the peak heap (MB) of the run, then stops wfed. Sets GEN_STATUS (the final status JSON).
generate() {
  local jar=$1 data=$2 port=$3 scale=$4 seed=$5 cookies csrf st
  shift 5
  rm -rf "$data" "$data.gc.log"
  wfed_start "$jar" "$data" "$port" WFED_GENERATE="$scale" WFED_SEED="$seed" "$@" || return 1
  cookies="$BENCH_WORK/gen.cookies"
  csrf=$(login "$port" admin "$BENCH_PASSWORD" "$cookies")
  while :; do
    sleep 5
    GEN_STATUS=$(api_ready "$port" "$cookies" "$csrf" GET system/generate) || { echo "generation status failed" >&2; return 1; }
    st=$(echo "$GEN_STATUS" | jq -r .state)
    case $st in
      DONE) break ;;
      FAILED) echo "generation failed: $GEN_STATUS" >&2; wfed_stop; return 1 ;;
    esac
  done
  GEN_SECONDS=$(echo "$GEN_STATUS" | jq -r .seconds)
  GEN_PEAK_MB=$(gc_peak_mb "$data.gc.log" 0)
  wfed_stop
}

# cached_data <jar> <scale> <seed> [years] [people] — a generated data folder for this jar (generated once
# per jar content, scale, seed, years of history and people per district under BENCH_CACHE, default
# /tmp/wfed-bench-cache), in CACHED_DATA. Runs the generator when missing and records GEN_SECONDS/GEN_PEAK_MB
# then. Years (the generator's WFED_GENERATE_YEARS) empty or 1 and people (WFED_GENERATE_PEOPLE) empty: the
# generator's defaults (one year, 200,000 people), and the same cache folder as before these existed.
cached_data() {
  local jar=$1 scale=$2 seed=$3 years=${4:-1} people=${5:-} key suffix="" extra=()
  key=$(sha1sum "$jar" | cut -c1-12)
  if [ "$years" != 1 ]; then
    suffix="-${years}y"
    extra=(WFED_GENERATE_YEARS="$years")
  fi
  if [ -n "$people" ]; then
    suffix="$suffix-${people}p"
    extra+=(WFED_GENERATE_PEOPLE="$people")
  fi
  CACHED_DATA="${BENCH_CACHE:-/tmp/wfed-bench-cache}/$key-$scale-$seed$suffix"
  GEN_SECONDS=""
  GEN_PEAK_MB=""
  if [ ! -f "$CACHED_DATA.done" ]; then
    mkdir -p "$(dirname "$CACHED_DATA")"
    generate "$jar" "$CACHED_DATA" "$BENCH_PORT" "$scale" "$seed" "${extra[@]}" || return 1
    echo "$GEN_SECONDS $GEN_PEAK_MB $(load_avg | tr ' ' '/')" >"$CACHED_DATA.done"
  fi
  read -r GEN_SECONDS GEN_PEAK_MB GEN_LOAD <"$CACHED_DATA.done"
}

# copy_data <cached folder> — a private copy (benchmarks write) in BENCH_WORK; prints its path.
copy_data() {
  local d
  d=$(mktemp -d "$BENCH_WORK/data.XXXX")
  rm -rf "$d"
  cp -a "$1" "$d"
  echo "$d"
}

commit_of() { git -C "$(dirname "$0")/.." rev-parse --short HEAD 2>/dev/null || echo "?"; }

# sample_stacks <seconds> <file>: thread dumps of WFED_PID every 0.5 s; then, over the HTTP threads
# (Jetty's qtp…) that were not idle, the most frequent top frames and first wfed frames, and the most
# frequent frames anywhere in their stacks (inclusive counts: where the time goes). Touch <file>.stop
# to end it early.
sample_stacks() {
  local secs=$1 file=$2 end
  : >"$file.raw"
  end=$(( $(date +%s) + secs ))
  rm -f "$file.stop"
  while [ "$(date +%s)" -lt "$end" ] && [ ! -e "$file.stop" ] && kill -0 "$WFED_PID" 2>/dev/null; do
    jcmd "$WFED_PID" Thread.print >>"$file.raw" 2>/dev/null || true
    sleep 0.5
  done
  # a request thread's sample: a qtp… thread with a wfed frame on its stack (running or waiting)
  awk '
    function flush(   k, seen) {
      if (inpool && wfed != "") {
        n++; states[state]++; tops[top]++; wfeds[wfed]++
        split("", seen)
        for (k = 1; k <= nf; k++) if (!(frames[k] in seen)) { seen[frames[k]] = 1; incl[frames[k]]++ }
      }
      inpool = 0; nf = 0; top = ""; wfed = ""; state = ""
    }
    function show(title, arr, lim,   k, cmd) {
      printf "\n%s\n", title
      cmd = "sort -rn | head -" lim
      for (k in arr) printf "%6d  %s\n", arr[k], k | cmd
      close(cmd)
    }
    /^"/ { flush(); inpool = ($0 ~ /^"qtp/); next }
    /^$/ { flush(); next }
    inpool && /java.lang.Thread.State:/ { state = $2; next }
    inpool && /^\tat / {
      f = $2; sub(/\(.*/, "", f)
      if (top == "") top = f
      if (wfed == "" && f ~ /^org\.wfed\./) wfed = f
      if (f ~ /^org\.(wfed|apache\.derby\.impl\.(sql\.execute|store\.(access|raw\.(log|data|xact))))\./ || f ~ /^com\.fasterxml|^org\.apache\.cxf\.jaxrs\.utils/) frames[++nf] = f
    }
    END {
      flush()
      printf "request-thread samples: %d\n", n
      show("thread states:", states, 5)
      show("top frames:", tops, 12)
      show("first wfed frame:", wfeds, 10)
      show("frames on the stack (inclusive, wfed / Derby / Jackson):", incl, 25)
    }' "$file.raw" >"$file"
  rm -f "$file.raw" "$file.stop"
}


# await_warm_up <port> <cookie file> <csrf> — waits (up to 5 minutes) for reporting's background warm-up
# after start to end, so that it does not run beside a measurement; leaves GET reporting/warm-up's last
# answer in $BENCH_WORK/warm.json and prints its state (absent: a build or deployment without it).
await_warm_up() {
  local state=absent i found=0
  # right after start the JAX-RS whiteboard may still be adding the modules' resources (404 for a moment)
  for i in $(seq 1 50); do
    if api "$1" "$2" "$3" GET reporting/warm-up >"$BENCH_WORK/warm.json" 2>/dev/null; then found=1; break; fi
    sleep 0.2
  done
  if [ "$found" = 1 ]; then
    for i in $(seq 1 1500); do
      state=$(jq -r .state "$BENCH_WORK/warm.json")
      case $state in DONE|FAILED|OFF|STOPPED|ELSEWHERE) break ;; esac
      sleep 0.2
      api "$1" "$2" "$3" GET reporting/warm-up >"$BENCH_WORK/warm.json"
    done
  fi
  echo "$state"
}
