#!/usr/bin/env bash
# End-to-end benchmark of live battles on this machine, loopback only: ingest API -> engine -> event log (H2 file
# database in a fresh temp folder) -> SSE clients. Builds the app and the bench jar, starts the app with JDK 25 on a
# free port (no demo battle), runs io.battlesim.bench.e2e.E2eBenchmark against it, prints the table, stops the app.
#
#   bench/e2e/run-e2e-bench.sh [harness options, e.g. --clients=1000,10000 --seconds=30 --phases=throughput]
#
# Environment: JAVA (default: JDK 25 under /usr/lib/jvm, else the newest JDK >= 21), SKIP_BUILD=1 to reuse the jars,
# APP_JAVA_OPTS (default -Xmx4g), APP_ARGS (extra app properties, e.g.
# --app.battle.max-batch-size=2000; default: none, the shipped settings), HARNESS_JAVA_OPTS (default
# -Xmx2g), KEEP_DATA=1 to keep the temp folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

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

# 10,000 SSE clients hold a socket each in the harness and in the app.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 12000 ]; then
  echo "warning: open files limit $(ulimit -n) < 12000; 10,000 clients will fail" >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/e2e-bench.XXXXXX")
# Copies, so a concurrent build cannot swap the jars under the running processes.
cp "$(ls app/target/app-*.jar | grep -v original | head -n 1)" "$work/app.jar"
cp bench/target/benchmarks.jar "$work/benchmarks.jar"
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')}

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -r)"
echo "java:    $("$java" -version 2>&1 | head -n 1) ($java)"
echo "limits:  open files $(ulimit -n), somaxconn $(cat /proc/sys/net/core/somaxconn), ports $(tr '\t' '-' </proc/sys/net/ipv4/ip_local_port_range)"
echo "before:  $(uptime)"
echo "busiest other processes:"
top -b -n 1 -w 200 | sed -n "7,13p" | sed "s/^/  /"

app_opts=${APP_JAVA_OPTS:--Xmx4g}
env -u TIKTOK_CLIENT_KEY -u TIKTOK_CLIENT_SECRET -u DATABASE_URL \
  APP_DATA_DIR="$work/data" PORT="$port" APP_PUBLIC_URL="http://127.0.0.1:$port" \
  "$java" $app_opts -jar "$work/app.jar" \
  --app.live.demo-battle=false \
  --server.tomcat.max-connections=20000 \
  --server.tomcat.accept-count=4096 \
  --logging.level.root=WARN ${APP_ARGS:-} \
  >"$work/app.log" 2>&1 &
app=$!
cleanup() {
  kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  if [ "${KEEP_DATA:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
echo "app:     pid $app on 127.0.0.1:$port, JVM options '$app_opts', app args '${APP_ARGS:-}', data $work/data"
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$app" 2>/dev/null || { echo "app exited; log:" >&2; tail -n 40 "$work/app.log" >&2; exit 1; }
  sleep 0.2
done

status=0
"$java" ${HARNESS_JAVA_OPTS:--Xmx2g} -cp "$work/benchmarks.jar" io.battlesim.bench.e2e.E2eBenchmark \
  --base="http://127.0.0.1:$port" --app-pid="$app" "$@" || status=$?
echo "after:   $(uptime)"
if grep -qE 'ERROR|Exception' "$work/app.log"; then
  echo "app log errors (first 10):"; grep -E 'ERROR|Exception' "$work/app.log" | head -n 10 | sed 's/^/  /'
fi
exit $status
