#!/usr/bin/env bash
# Creator insights benchmark (issue 11): the app on an H2 file database or on the local PostgreSQL, one creator with
# 5,000 videos and a year of daily snapshots (about 1.8 million rows) beside 20 small creators, the dashboard's
# pages and API calls timed over loopback HTTP. The creator signs up through the built-in emulator's "Sign in with
# TikTok" and the app's consent form; the API is called with an app session's bearer token.
#
#   bench/insights/run-insights-bench.sh --db=h2|postgres [harness options, e.g. --requests=1000 --warmup=100]
#
# Environment: JAVA (default: the newest JDK >= 21 under /usr/lib/jvm), SKIP_BUILD=1 to reuse the jars,
# APP_JAVA_OPTS (default -Xmx2g), HARNESS_JAVA_OPTS (default -Xmx1g), PGHOST (default 127.0.0.1), KEEP_DATA=1 to
# keep the temp folder.
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
prepare_work insights-bench
trap cleanup EXIT
use_database "$db" insights_bench
# the consent version the app asks for (application.yml's default), given to the small creators loaded directly
consent_version=$(sed -n 's/.*consent-version: \${CONSENT_VERSION:\([^}]*\)}.*/\1/p' app/src/main/resources/application.yml)

print_machine
echo "db:      $db$([ "$db" = postgres ] && psql -h "$pghost" -U postgres -d postgres -tA -c 'SHOW server_version' | sed 's/^/ /')"
echo "before:  $(uptime)"

harness() {
  "$java" ${HARNESS_JAVA_OPTS:--Xmx1g} -cp "$work/benchmarks.jar" io.battlesim.bench.insights.InsightsBenchmark \
    --app="http://127.0.0.1:$port" --jdbc="$url" --user="$user" --password="$password" \
    --state-file="$work/insights.properties" --consent-version="$consent_version" "$@" "${harness_args[@]}"
}

start_app   # migrates the database
echo "app:     pid $app on 127.0.0.1:$port (rate limits off: the harness is one address)"
harness --phase=signup
stop_app
harness --phase=load
case "$db" in
  h2) echo "database file: $(du -sh "$work/data" | cut -f1)" ;;
  postgres) psql -h "$pghost" -U postgres -d insights_bench -tA -F ' ' -c \
    "SELECT 'database size: ' || pg_size_pretty(pg_database_size('insights_bench')) || ', insight_video_day '
       || pg_size_pretty(pg_total_relation_size('insight_video_day')) || ' with its index'" ;;
esac
start_app
status=0
harness --phase=measure || status=$?
echo "after:   $(uptime)"
stop_app
echo
harness --phase=queries || status=$?
report_app_errors
exit $status
