package io.battlesim.bench.insights;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One call of the dashboard to time.
 *
 * @param page whether it is a page, requested with the browser session's cookie (else an API call with the bearer
 *     token of an app session)
 * @param path the path and query of one request, drawn at random
 * @param expectation what a complete answer holds, for the error message
 * @param complete whether a body is a complete answer
 */
record TimedCall(
        String name,
        boolean page,
        Function<SplittableRandom, String> path,
        String expectation,
        Predicate<String> complete) {}
