/**
 * The end-to-end load harness of live battles: a running app fed through its HTTP ingest API while thousands of SSE
 * clients watch the battle's overlay stream, all on loopback. Plain JDK (HttpClient for ingest, NIO selectors for
 * the SSE clients); run it with bench/e2e/run-e2e-bench.sh. {@link io.battlesim.bench.e2e.LoopbackFloor} measures
 * the bare loopback transport under it.
 */
@NullMarked
package io.battlesim.bench.e2e;

import org.jspecify.annotations.NullMarked;
