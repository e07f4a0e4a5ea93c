/**
 * The cluster benchmark of issue 16: the same load against one app node and against several cluster nodes (one
 * PostgreSQL, one Redis) in one run: ingest events accepted per second (paced and as fast as accepted),
 * gift-to-viewer latency on SSE clients spread over the nodes, and what each node, PostgreSQL and Redis spend on it.
 * Built on the e2e harness's {@link io.battlesim.bench.e2e.SseSwarm} and {@link io.battlesim.bench.e2e.LatencyHistogram};
 * run it with bench/cluster/run-cluster-bench.sh.
 */
@NullMarked
package io.battlesim.bench.cluster;

import org.jspecify.annotations.NullMarked;
