/**
 * The cluster's {@link io.battlesim.app.ratelimit.RateLimiter}: Bucket4j buckets in the Redis every node shares, so
 * that a limit holds for the whole cluster instead of once per node. Registered only in cluster mode, in place of the
 * in-process limiter; when Redis fails, it lets requests through rather than refusing them.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.ratelimit.cluster;
