#!/usr/bin/env bash
# Measures the app's start-up time to ready and its memory right after start-up, on the embedded default
# (H2 in a fresh data folder, built-in emulator). Runs the app N times (default 5) and prints each run and the
# median. Build first: mvn -DskipTests install
#   bench/startup/measure-startup.sh [runs]
# AOT=1 measures the same with a JDK 25 AOT cache (JEP 483/514): the jar is extracted (Spring Boot's
# -Djarmode=tools extract), one training run records the cache (-XX:AOTCacheOutput, stopping after the context
# refresh), and every measured run starts with -XX:AOTCache.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=$(ls app/target/app-*.jar | grep -v original | head -n 1)
java=${JAVA:-}
if [ -z "$java" ]; then
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -x "$home/bin/java" ] || continue
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java="$home/bin/java"; fi
  done
fi
[ -n "$java" ] || { echo "No JDK 21+ found; set JAVA=/path/to/java" >&2; exit 1; }
port=${PORT:-5099}
launch=(-jar "$jar")
if [ "${AOT:-0}" = 1 ]; then
  aot=$(mktemp -d)
  trap 'rm -rf "$aot"' EXIT
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$aot/app" >/dev/null
  extracted=$(ls "$aot"/app/*.jar | head -n 1)
  echo "training the AOT cache (one start-up that stops after the context refresh) ..."
  APP_DATA_DIR="$aot/training-data" PORT=$port "$java" -XX:AOTCacheOutput="$aot/app.aot" \
    -Dspring.context.exit=onRefresh -jar "$extracted" >"$aot/training.log" 2>&1 \
    || { echo "training failed (JDK 25+ needed); see $aot/training.log" >&2; tail -n 20 "$aot/training.log" >&2; exit 1; }
  launch=(-XX:AOTCache="$aot/app.aot" -jar "$extracted")
fi
echo "java: $($java -version 2>&1 | head -n 1)   jar: $jar   cores: $(nproc)   AOT cache: ${AOT:-0}"
printf '%-4s %-16s %-14s %-12s %-14s\n' run ready_ms jvm_reported rss_mib heap_used_mib
ready_all=(); rss_all=(); heap_all=()
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  APP_DATA_DIR="$data" PORT=$port "$java" ${JAVA_OPTS:-} "${launch[@]}" >"$data/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "app exited; see $data/app.log" >&2; tail -n 30 "$data/app.log" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 2 # let start-up work settle before reading memory
  rss_kib=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
  # heap in use (all heap pools) as Prometheus reports it; /actuator/metrics is not exposed
  heap=$(curl -s "http://localhost:$port/actuator/prometheus" \
    | awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ {sum += $NF} END {printf "%.0f", sum}')
  jvm_reported=$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$data/app.log" | grep -oE '[0-9.]+ seconds' || echo '?')
  heap_mib=$(awk -v h="$heap" 'BEGIN{printf "%.1f", h/1048576}')
  rss_mib=$(awk -v r="$rss_kib" 'BEGIN{printf "%.1f", r/1024}')
  printf '%-4s %-16s %-14s %-12s %-14s\n' "$i" "$ready_ms" "$jvm_reported" "$rss_mib" "$heap_mib"
  ready_all+=("$ready_ms"); rss_all+=("$rss_mib"); heap_all+=("$heap_mib")
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
echo "median: ready $(median "${ready_all[@]}") ms, RSS $(median "${rss_all[@]}") MiB, heap used $(median "${heap_all[@]}") MiB"
