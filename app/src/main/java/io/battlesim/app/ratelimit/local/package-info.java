/**
 * The in-process {@link io.battlesim.app.ratelimit.RateLimiter}: Bucket4j buckets in a bounded Caffeine cache, for
 * a single node. Cluster mode replaces it with a limiter whose buckets live in the shared store.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.ratelimit.local;
