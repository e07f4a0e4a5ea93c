#!/usr/bin/env bash
# Leaderboard benchmark: the app on an H2 file database or on the local PostgreSQL, its board tables filled with the
# totals of 10 million synthetic gift events, every leaderboard page and API call timed over loopback HTTP.
#
#   bench/leaderboard/run-leaderboard-bench.sh --db=h2|postgres [harness options, e.g. --events=10000000 --requests=2000]
#
# Environment: JAVA (default: the newest JDK >= 21 under /usr/lib/jvm), SKIP_BUILD=1 to reuse the jars,
# APP_JAVA_OPTS (default -Xmx2g), HARNESS_JAVA_OPTS (default -Xmx8g: the generator keeps every total in memory),
# PGHOST (default 127.0.0.1), KEEP_DATA=1 to keep the temp folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

db=h2
harness_args=()
for arg in "$@"; do
  case "$arg" in
    --db=*) db=${arg#--db=} ;;
    *) harness_args+=("$arg") ;;
  esac
done

. bench/lib/app-bench.sh
find_java
prepare_work leaderboard-bench
trap cleanup EXIT
use_database "$db" leaderboard_bench

print_machine
echo "db:      $db"
echo "before:  $(uptime)"

harness() {
  "$java" ${HARNESS_JAVA_OPTS:--Xmx8g} -cp "$work/benchmarks.jar" io.battlesim.bench.leaderboard.LeaderboardBenchmark \
    --app="http://127.0.0.1:$port" --jdbc="$url" --user="$user" --password="$password" \
    --battles-file="$work/battles.txt" --gifters-file="$work/gifters.txt" "$@" "${harness_args[@]}"
}

start_app   # migrates the database
echo "app:     pid $app on 127.0.0.1:$port (rate limits off: the harness is one address)"
harness --phase=battles
stop_app
harness --phase=load
start_app
status=0
harness --phase=measure || status=$?
echo "after:   $(uptime)"
if [ "$db" = h2 ]; then echo "database file: $(du -sh "$work/data" | cut -f1)"; fi
report_app_errors
exit $status
