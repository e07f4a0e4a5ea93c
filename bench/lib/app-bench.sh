# Shared by the benchmarks that time the app over HTTP on an H2 file or on the local PostgreSQL (sourced, not run):
# the JDK, the build, a work folder with the jars, the database, and starting and stopping the app. Callers set
# `set -euo pipefail` and run from the repository root.

# Sets $java: $JAVA, else the newest JDK >= 21 found (Temurin 25 first).
find_java() {
  java=${JAVA:-}
  if [ -z "$java" ]; then
    for home in /usr/lib/jvm/temurin-25-jdk-amd64 "${JAVA_HOME:-}" /usr/lib/jvm/*; do
      [ -x "$home/bin/java" ] || continue
      v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
      if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java="$home/bin/java"; break; fi
    done
  fi
  [ -n "$java" ] || { echo "No JDK 21+ found; set JAVA=/path/to/java" >&2; exit 1; }
}

# Builds the app and bench jars unless SKIP_BUILD=1, copies them into a new $work folder named after $1, and picks
# a free $port (or $PORT).
prepare_work() {
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "building app and bench (mvn -q -DskipTests package -pl app,bench -am) ..."
    mvn -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true -pl app,bench -am package
  fi
  work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
  cp "$(ls app/target/app-*.jar | grep -v original | head -n 1)" "$work/app.jar"
  cp bench/target/benchmarks.jar "$work/benchmarks.jar"
  port=${PORT:-$(free_port)}
}

# use_database h2|postgres NAME: sets $url, $user, $password (and $pghost); an H2 file under $work, or the
# PostgreSQL database NAME dropped and created afresh.
use_database() {
  case "$1" in
    h2)
      url="jdbc:h2:file:$work/data/battlesim;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
      user=sa; password="" ;;
    postgres)
      pghost=${PGHOST:-127.0.0.1}
      psql -q -h "$pghost" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $2" -c "CREATE DATABASE $2"
      url="jdbc:postgresql://$pghost:5432/$2?reWriteBatchedInserts=true"
      user=postgres; password="" ;;
    *) echo "--db must be h2 or postgres" >&2; exit 1 ;;
  esac
}

print_machine() {
  echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM"
  echo "java:    $("$java" -version 2>&1 | head -n 1)"
}

# start_app [app options...]: the app from $work on $port and $url, emulator mode, rate limits off (the harness is
# one address; a caller may set $app_rate_limits to other rate-limit options instead), no demo battle and no
# scheduled insights snapshot; waits until it is ready.
app=""
start_app() {
  launch_app "$work/data" "$port" "$work/app.log" "$@"
  app=$!
  await_app "$app" "$port" "$work/app.log"
}

# launch_app DATA_DIR PORT LOG [app options...]: starts the app as start_app describes in the background ($! is its
# pid) and returns at once.
launch_app() {
  local data=$1 app_port=$2 log=$3
  shift 3
  env -u TIKTOK_CLIENT_KEY -u TIKTOK_CLIENT_SECRET \
    APP_DATA_DIR="$data" PORT="$app_port" APP_PUBLIC_URL="http://127.0.0.1:$app_port" \
    DATABASE_URL="$url" DATABASE_USERNAME="$user" DATABASE_PASSWORD="$password" \
    "$java" ${APP_JAVA_OPTS:--Xmx2g} -jar "$work/app.jar" \
    --app.live.demo-battle=false \
    ${app_rate_limits:---app.rate-limit.enabled=false} \
    --app.insights.enabled=false \
    --logging.level.root=WARN \
    "$@" >>"$log" 2>&1 &
}

# await_app PID PORT LOG: waits until the app answers ready; exits with its log's tail when it died.
await_app() {
  until curl -sf "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$1" 2>/dev/null || { echo "app exited; log:" >&2; tail -n 40 "$3" >&2; exit 1; }
    sleep 0.2
  done
}

# Several apps at once (the cluster benchmark): start_app_node NAME [app options...] starts one more app as start_app
# does, on a free port with its own data folder $work/NAME and log $work/NAME.log, without waiting; await_app_nodes
# waits until every node started is ready; stop_app_nodes stops them. $node_names, $node_ports and $node_pids hold
# the nodes in the order started.
node_names=(); node_ports=(); node_pids=()
start_app_node() {
  local name=$1 node_port
  shift
  node_port=$(free_port)
  mkdir -p "$work/$name"
  launch_app "$work/$name" "$node_port" "$work/$name.log" "$@"
  node_pids+=("$!"); node_ports+=("$node_port"); node_names+=("$name")
}

await_app_nodes() {
  local i
  for i in "${!node_pids[@]}"; do
    await_app "${node_pids[$i]}" "${node_ports[$i]}" "$work/${node_names[$i]}.log"
  done
}

stop_app_nodes() {
  local pid
  for pid in "${node_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${node_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  node_names=(); node_ports=(); node_pids=()
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

stop_app() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true; app=""; fi
}

# Stops the app (and any nodes) and removes $work unless KEEP_DATA=1; scripts `trap cleanup EXIT` once $work exists.
cleanup() {
  stop_app
  stop_app_nodes
  if [ "${KEEP_DATA:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}

# report_app_errors [LOG...]: the first errors of the app's log ($work/app.log unless named), if any (a benchmark of
# failing requests is no benchmark).
report_app_errors() {
  local log
  for log in "${@:-$work/app.log}"; do
    [ -f "$log" ] || continue
    if grep -qE 'ERROR|Exception' "$log"; then
      echo "$(basename "$log") errors (first 10):"; grep -E 'ERROR|Exception' "$log" | head -n 10 | sed 's/^/  /'
    fi
  done
}
