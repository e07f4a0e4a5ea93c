#!/usr/bin/env bash
# Upload benchmark (issue 4), loopback only: the SDK's streaming chunked upload of 100 MiB, 500 MiB and 1 GiB files
# to the emulator's upload endpoint against curl sending the same chunks (same plan, same headers, one connection) to
# the same endpoint in the same run; prints throughput, the SDK/curl ratio and the SDK JVM's heap after GC and peak.
# The emulator runs in a child JVM, so the heap figures are the SDK's alone. Files go to a temp dir and are deleted.
#
#   bench/upload/run-upload-bench.sh [sizes in MiB, default 100,500,1024]
#
# Environment: JAVA (default: JDK 25 under /usr/lib/jvm, else the newest JDK >= 21), SKIP_BUILD=1 to reuse the jar,
# BENCH_JAVA_OPTS (default -Xmx256m: the whole 1 GiB upload fits in a 256 MiB heap).
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
command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -q -pl tiktok-emulator,tiktok-client install -DskipTests
  mvn -q -pl bench package -DskipTests
fi
echo "curl: $(curl --version | head -n 1)"
exec "$java" ${BENCH_JAVA_OPTS:--Xmx256m} -cp bench/target/benchmarks.jar \
  io.battlesim.bench.upload.UploadBenchmark "${1:-100,500,1024}"
