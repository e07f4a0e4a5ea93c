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

java=${JAVA:-}
if [ -z "$java" ]; then
  for home in /usr/lib/jvm/temurin-25-jdk-amd64 "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -x "$home/bin/java" ] || continue
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java="$home/bin/java"; break; fi
  done
fi
[ -n "$java" ] || { echo "No JDK 21+ found; set JAVA=/path/to/java" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building app and bench (mvn -q -DskipTests package -pl app,bench -am) ..."
  mvn -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true -pl app,bench -am package
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/insights-bench.XXXXXX")
cp "$(ls app/target/app-*.jar | grep -v original | head -n 1)" "$work/app.jar"
cp bench/target/benchmarks.jar "$work/benchmarks.jar"
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')}
# the consent version the app asks for (application.yml's default), given to the small creators loaded directly
consent_version=$(sed -n 's/.*consent-version: \${CONSENT_VERSION:\([^}]*\)}.*/\1/p' app/src/main/resources/application.yml)

case "$db" in
  h2)
    url="jdbc:h2:file:$work/data/battlesim;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
    user=sa; password="" ;;
  postgres)
    pghost=${PGHOST:-127.0.0.1}
    psql -q -h "$pghost" -U postgres -d postgres -c "DROP DATABASE IF EXISTS insights_bench" \
      -c "CREATE DATABASE insights_bench"
    url="jdbc:postgresql://$pghost:5432/insights_bench?reWriteBatchedInserts=true"
    user=postgres; password="" ;;
  *) echo "--db must be h2 or postgres" >&2; exit 1 ;;
esac

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM"
echo "java:    $("$java" -version 2>&1 | head -n 1)"
echo "db:      $db$([ "$db" = postgres ] && psql -h "$pghost" -U postgres -d postgres -tA -c 'SHOW server_version' | sed 's/^/ /')"
echo "before:  $(uptime)"

app=""
start_app() {
  # insights.enabled=false: no scheduled snapshot (it would call the emulator) runs while the loaded data is measured
  env -u TIKTOK_CLIENT_KEY -u TIKTOK_CLIENT_SECRET \
    APP_DATA_DIR="$work/data" PORT="$port" APP_PUBLIC_URL="http://127.0.0.1:$port" \
    DATABASE_URL="$url" DATABASE_USERNAME="$user" DATABASE_PASSWORD="$password" \
    "$java" ${APP_JAVA_OPTS:--Xmx2g} -jar "$work/app.jar" \
    --app.live.demo-battle=false \
    --app.rate-limit.enabled=false \
    --app.insights.enabled=false \
    --logging.level.root=WARN \
    >>"$work/app.log" 2>&1 &
  app=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$app" 2>/dev/null || { echo "app exited; log:" >&2; tail -n 40 "$work/app.log" >&2; exit 1; }
    sleep 0.2
  done
}
stop_app() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true; app=""; fi
}
cleanup() {
  stop_app
  if [ "${KEEP_DATA:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
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
if grep -qE 'ERROR|Exception' "$work/app.log"; then
  echo "app log errors (first 10):"; grep -E 'ERROR|Exception' "$work/app.log" | head -n 10 | sed 's/^/  /'
fi
exit $status
