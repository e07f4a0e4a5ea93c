#!/usr/bin/env bash
# Cluster benchmark (issue 16) on this machine, loopback only: "Three nodes on this machine: ingest events/s and
# gift-to-viewer p99 with 1,000 and 3,000 viewers spread over the nodes, against the single node in the same run;
# what a node costs per viewer (CPU per delivered frame, memory per connection)." Builds the app and the bench jar,
# then measures two setups one after the other with io.battlesim.bench.cluster.ClusterBenchmark:
#   (a) single: one app node, cluster mode off, on a fresh PostgreSQL database;
#   (b) cluster: $NODES app nodes (default 3) in cluster mode on another fresh PostgreSQL database and the local
#       Redis (keys of the benchmark's own battles only are deleted afterwards; Redis is never flushed).
# For each: for each viewer count a fresh battle created on node 1, viewers on /battles/{id}/stream round-robin over
# the nodes, paced ingest round-robin over the nodes with a probe gift in every POST; then ingest as fast as accepted
# (no viewers); afterwards no battle's leaderboard may hold more coins than it scored (and exactly as many once the
# boards caught up). It prints both setups side by side at the end (markdown) and keeps the results file. A full run
# with the defaults takes about 6 minutes on 2 cores, plus the build.
#
#   bench/cluster/run-cluster-bench.sh [--clients=1000,3000] [--rate=1000] [--seconds=30] [--warmup=5]
#                                      [--first-warmup=15] [--max-seconds=20 --senders=6 --batch=1000]
#                                      [--phases=viewers,max] [--ingest=round-robin|first] [--boards-wait=20] ...
#
# --ingest=first sends all ingest to node 1 (which runs the battle), to see the fan-out without the forwarding.
#
# Environment: JAVA (default: JDK 25 under /usr/lib/jvm, else the newest JDK >= 21), SKIP_BUILD=1 to reuse the jars,
# NODES (default 3), SETUPS (default "single cluster": the setups to run), APP_JAVA_OPTS (every node, default
# -Xmx1g), APP_ARGS (extra app properties for every node),
# HARNESS_JAVA_OPTS (default -Xmx1g), CLUSTER_REDIS_URL (default redis://127.0.0.1:6379), PGHOST (127.0.0.1),
# KEEP_DATA=1 to keep the temp folder and the two databases (else only the results and the node logs stay).
set -euo pipefail
cd "$(dirname "$0")/../.."

. bench/lib/app-bench.sh
find_java

# every SSE client holds a socket in the harness and one in a node
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

nodes=${NODES:-3}
redis_url=${CLUSTER_REDIS_URL:-redis://127.0.0.1:6379}
redis_address=${redis_url#redis://}
redis_address=${redis_address%%/*}
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx1g}
databases=(cluster_bench_single cluster_bench_nodes)

prepare_work cluster-bench
results="$work/cluster-results.tsv"
cleanup() {
  stop_app
  stop_app_nodes
  if [ "${KEEP_DATA:-0}" = 1 ]; then
    echo "kept $work and the databases ${databases[*]}"
  else
    for db in "${databases[@]}"; do
      psql -q -h "${pghost:-127.0.0.1}" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
    done
    rm -rf "$work"/*.jar "$work"/data "$work"/node[0-9]*/
  fi
  echo "results: $results (logs beside it)"
}
trap cleanup EXIT

# the same on every node of both setups: no connection cap below the viewers, the shipped settings otherwise
node_options=(--server.tomcat.max-connections=20000 --server.tomcat.accept-count=4096 ${APP_ARGS:-})

harness() {
  "$java" ${HARNESS_JAVA_OPTS:--Xmx1g} -cp "$work/benchmarks.jar" io.battlesim.bench.cluster.ClusterBenchmark \
    --results="$results" --redis="$redis_address" "$@"
}

started=$(date +%s)
{
  echo "cluster benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), options: ${*:-(defaults)}"
  print_machine
  echo "limits:  open files $(ulimit -n), somaxconn $(cat /proc/sys/net/core/somaxconn)"
  echo "before:  $(uptime)"
  echo "busiest processes before the start:"
  top -b -n 1 -w 200 | sed -n "7,12p" | sed "s/^/  /"
  echo "nodes:   JVM options '$APP_JAVA_OPTS', options '${node_options[*]}', rate limits off (one harness address)"
} | tee "$work/machine.txt"

run_single() {
  echo
  echo "=== (a) single node, cluster mode off, PostgreSQL database ${databases[0]} ==="
  use_database postgres "${databases[0]}"
  start_app "${node_options[@]}"
  echo "node 1: pid $app on 127.0.0.1:$port"
  harness --label="1 node" --nodes="http://127.0.0.1:$port" --pids="$app" --jdbc="$url" --db-user="$user" "$@" \
    || status=$?
  stop_app
}

run_cluster() {
  echo
  echo "=== (b) $nodes nodes, cluster mode on, PostgreSQL database ${databases[1]}, Redis $redis_address ==="
  use_database postgres "${databases[1]}"
  cluster_secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  ingest_secret=$(head -c 32 /dev/urandom | base64)
  token_key=$(head -c 32 /dev/urandom | base64)
  start_cluster_node 1
  await_app_nodes # node 1 migrates the database before the others look at it
  for ((n = 2; n <= nodes; n++)); do start_cluster_node "$n"; done
  await_app_nodes
  local i urls="" pids=""
  for i in "${!node_pids[@]}"; do
    echo "node $((i + 1)): pid ${node_pids[$i]} on 127.0.0.1:${node_ports[$i]}"
    urls+="${urls:+,}http://127.0.0.1:${node_ports[$i]}"; pids+="${pids:+,}${node_pids[$i]}"
  done
  harness --label="$nodes nodes" --nodes="$urls" --pids="$pids" --jdbc="$url" --db-user="$user" "$@" || status=$?
  stop_app_nodes
}

start_cluster_node() {
  start_app_node "node$1" "${node_options[@]}" \
    --app.cluster.redis-url="$redis_url" --app.cluster.node-id="node$1" --app.cluster.secret="$cluster_secret" \
    --app.battle.ingest-key-secret="$ingest_secret" --app.security.token-encryption-key="$token_key"
}

status=0
setups=${SETUPS:-single cluster}
[[ " $setups " != *" single "* ]] || run_single "$@"
[[ " $setups " != *" cluster "* ]] || run_cluster "$@"

echo
echo "=== Cluster benchmark: all setups ($(( $(date +%s) - started )) s) ==="
cat "$work/machine.txt"
echo "after:   $(uptime)"
harness --phase=report
logs=("$work/app.log")
for ((n = 1; n <= nodes; n++)); do logs+=("$work/node$n.log"); done
report_app_errors "${logs[@]}"
exit $status
