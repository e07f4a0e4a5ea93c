#!/usr/bin/env bash
# Audience benchmark (issue 13) on this machine, loopback only: "2,000 viewer pages connected to live updates while
# 1,000 votes per second arrive (web and chat mixed): votes accepted per second, vote-to-overlay latency p99, and no
# accepted vote lost." Builds the app and the bench jar, starts the app on an H2 file database in a fresh temp folder
# (no demo battle), runs io.battlesim.bench.audience.AudienceBenchmark against it (SSE clients on the overlay and
# viewer-page streams, web votes with viewer cookies, chat votes through the ingest API), waits until every answer
# is in and checks the audience totals, kills the app with SIGKILL, starts it again on the same database and checks
# the totals once more. The app's rate limits stay on, raised far above the load (the harness is one address).
#
#   bench/audience/run-audience-bench.sh [--clients=2000] [--rate=1000] [--seconds=60] [--web-share=0.7]
#                                        [--warmup=5 --viewers=3000 --probes-per-second=20 ...]
#
# Environment: JAVA (default: JDK 25 under /usr/lib/jvm, else the newest JDK >= 21), SKIP_BUILD=1 to reuse the jars,
# APP_JAVA_OPTS (default -Xmx2g), HARNESS_JAVA_OPTS (default -Xmx1g), KEEP_DATA=1 to keep the whole temp folder
# (else only the results file audience-results.txt and the app's log stay in it).
set -euo pipefail
cd "$(dirname "$0")/../.."

. bench/lib/app-bench.sh
find_java

# every SSE client holds a socket in the harness and in the app
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

prepare_work audience-bench
results="$work/audience-results.txt"
cleanup() {
  stop_app
  if [ "${KEEP_DATA:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work/data" "$work"/*.jar "$work/state.properties"; fi
  echo "results: $results"
}
trap cleanup EXIT
use_database h2 audience_bench

# Rate limits on (the code path runs), each raised far above what one address sends here.
app_rate_limits="--app.rate-limit.enabled=true"
for limit in votes api ingest; do
  app_rate_limits+=" --app.rate-limit.$limit.capacity=1000000 --app.rate-limit.$limit.refill=1000000"
  app_rate_limits+=" --app.rate-limit.$limit.period=1s"
done

{
  echo "audience benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), options: ${*:-(defaults)}"
  print_machine
  echo "limits:  open files $(ulimit -n), somaxconn $(cat /proc/sys/net/core/somaxconn)"
  echo "before:  $(uptime)"
  echo "busiest processes before the start:"
  top -b -n 1 -w 200 | sed -n "7,12p" | sed "s/^/  /"
  echo "app:     H2 file database, JVM options '${APP_JAVA_OPTS:--Xmx2g}', rate limits on with votes, api and ingest"
  echo "         raised to capacity 1,000,000 and refill 1,000,000 per 1 s"
} | tee -a "$results"

harness() {
  "$java" ${HARNESS_JAVA_OPTS:--Xmx1g} -cp "$work/benchmarks.jar" io.battlesim.bench.audience.AudienceBenchmark \
    --base="http://127.0.0.1:$port" --app-pid="$app" --state-file="$work/state.properties" \
    --results-file="$results" "$@"
}

start_app
echo "app:     pid $app on 127.0.0.1:$port, data $work/data"
status=0
harness --phase=run "$@" || status=$?
[ -f "$work/state.properties" ] || { echo "the run phase left no state; not restarting" >&2; exit 1; }
{
  echo "app metrics after the run (event log appends, GC pauses, vote and chat requests; seconds):"
  curl -s "http://127.0.0.1:$port/actuator/prometheus" \
    | grep -E '^battle_log_(append_seconds|batch_size_events)|^jvm_gc_pause_seconds_(count|sum|max)|^http_server_requests_seconds_(count|sum|max)[{].*uri="/api/battles/[{](id|battleId)[}]/(votes|events)"' \
    | sed -E 's/error="none",exception="none",//; s/^/  /'
} | tee -a "$results"

echo
echo "kill -9 $app, then starting the app again on the same database ..."
killed=$(date +%s%N)
kill -9 "$app"
wait "$app" 2>/dev/null || true
app=""
start_app
restart_ms=$(( ($(date +%s%N) - killed) / 1000000 ))
harness --phase=verify --restart-ms="$restart_ms" || status=$?
stop_app
echo "after:   $(uptime)" | tee -a "$results"
report_app_errors | tee -a "$results"
exit $status
