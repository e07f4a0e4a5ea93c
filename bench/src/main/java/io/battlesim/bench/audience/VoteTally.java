package io.battlesim.bench.audience;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The answers to one channel's votes by outcome, the counted ones by side, and why the others did not count. */
final class VoteTally {

    /** What became of a vote. */
    enum Outcome {
        /** Counted (web 200, chat {@code accepted}). */
        COUNTED,
        /** Not counted: the voter already voted in the current window. */
        TOO_SOON,
        /** Not counted: the app's per-address or per-battle rate limit answered 429. */
        RATE_LIMITED,
        /** Not counted for another reason the app gave (409, chat {@code ignored}, …). */
        NOT_COUNTED,
        /** No answer: a transport failure or timeout. */
        FAILED
    }

    private final LongAdder[] outcomes = new LongAdder[Outcome.values().length];
    private final LongAdder[] sides = {new LongAdder(), new LongAdder()};
    private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();

    VoteTally() {
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = new LongAdder();
        }
    }

    /** A counted vote for side {@code 0} ({@code s1}) or {@code 1} ({@code s2}). */
    void counted(int side) {
        outcomes[Outcome.COUNTED.ordinal()].increment();
        sides[side].increment();
    }

    /** A vote that did not count, and why (kept short: the first 100 characters). */
    void notCounted(Outcome outcome, String reason) {
        if (outcome == Outcome.COUNTED) {
            throw new IllegalArgumentException("a counted vote has a side: use counted(side)");
        }
        outcomes[outcome.ordinal()].increment();
        String key = reason.length() > 100 ? reason.substring(0, 100) + "…" : reason;
        reasons.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    long count(Outcome outcome) {
        return outcomes[outcome.ordinal()].sum();
    }

    long counted() {
        return count(Outcome.COUNTED);
    }

    /** Votes answered, whatever the outcome. */
    long answered() {
        long sum = 0;
        for (LongAdder outcome : outcomes) {
            sum += outcome.sum();
        }
        return sum;
    }

    long countedFor(int side) {
        return sides[side].sum();
    }

    /** Why votes did not count, with how many each, sorted by reason. */
    Map<String, Long> reasons() {
        Map<String, Long> sorted = new TreeMap<>();
        reasons.forEach((reason, count) -> sorted.put(reason, count.sum()));
        return sorted;
    }
}
