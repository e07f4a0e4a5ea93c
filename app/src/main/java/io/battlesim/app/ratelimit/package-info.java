/**
 * Rate limits: token buckets per client address, per signed-in user and per battle, so that guessing keys,
 * hammering sign-in or flooding the API is cut off with {@code 429 Too Many Requests} while real creators never
 * notice. Limits are {@code app.rate-limit} settings ({@link io.battlesim.app.ratelimit.RateLimitSettings}); the
 * buckets live behind {@link io.battlesim.app.ratelimit.RateLimiter}, in process today and shareable across nodes
 * (a Bucket4j proxy manager) in cluster mode. Servlet filters limit sign-in, failed authentication, API calls and
 * battle creation; the live module takes from a battle's ingest bucket through {@link
 * io.battlesim.app.ratelimit.RateLimits} once its key is checked.
 */
@ApplicationModule(allowedDependencies = {"auth", "cluster"})
@NullMarked
package io.battlesim.app.ratelimit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
