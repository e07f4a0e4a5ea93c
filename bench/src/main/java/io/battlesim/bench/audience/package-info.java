/**
 * The audience benchmark of issue 13: a running app on loopback, thousands of SSE clients on a battle's overlay and
 * viewer-page streams, web votes (viewer cookies, JDK HttpClient on virtual threads) and chat votes (the ingest API)
 * at a paced rate; it reports the votes counted per second, the vote-to-client latency and whether every counted
 * vote is in the battle's totals, before and after the app is killed and started again. Run it with
 * bench/audience/run-audience-bench.sh.
 */
@NullMarked
package io.battlesim.bench.audience;

import org.jspecify.annotations.NullMarked;
