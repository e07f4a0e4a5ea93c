package io.battlesim.app.ratelimit;

/**
 * Token buckets by policy and key. The in-process implementation keeps them in this JVM; cluster mode provides
 * one backed by a shared store (Bucket4j's Redis proxy manager) so that every node takes from the same buckets.
 * Implementations key a bucket by the policy's name and the key together, and must bound their memory: a bucket
 * untouched for {@link RatePolicy#timeToFill()} is full again and may be forgotten.
 */
public interface RateLimiter {

    /**
     * Takes one token from the bucket of {@code key} under {@code policy}, creating a full bucket first if there is
     * none.
     *
     * @param policy the bucket's shape, must not be null
     * @param key whose bucket (an address, a user, a battle), must not be null; never a secret
     * @return allowed with the tokens left, or refused with the wait for the next token
     */
    RateDecision tryTake(RatePolicy policy, String key);

    /**
     * Whether the bucket of {@code key} has a token left, without taking it (and without creating a bucket).
     *
     * @param policy the bucket's shape, must not be null
     * @param key whose bucket, must not be null
     * @return allowed with the tokens available, or refused with the wait for the next token
     */
    RateDecision check(RatePolicy policy, String key);
}
