package io.battlesim.tiktok.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * What the emulator's fault mode does to API and OAuth requests (never to the status page, avatars or {@code
 * /faults}): a fixed added latency, then, drawn once per request, a share of dropped connections, of HTTP 500
 * answers and of forced HTTP 429 answers.
 *
 * @param latency delay added before every affected request, 0 to 60 seconds
 * @param serverErrorRate share of requests answered with HTTP 500 {@code internal_error}, 0 to 1
 * @param forced429Rate share of requests answered with HTTP 429 {@code rate_limit_exceeded}, 0 to 1
 * @param dropRate share of requests whose connection is closed without an answer, 0 to 1
 */
public record FaultSettings(Duration latency, double serverErrorRate, double forced429Rate, double dropRate) {

    // Declared before NONE: static fields initialise in order and the constructor reads this one.
    private static final Duration MAX_LATENCY = Duration.ofSeconds(60);

    /** No latency and no failures. */
    public static final FaultSettings NONE = new FaultSettings(Duration.ZERO, 0, 0, 0);

    /** Validates the ranges; the three rates together must not exceed 1. */
    public FaultSettings {
        Objects.requireNonNull(latency, "latency must not be null");
        if (latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
            throw new IllegalArgumentException("latency must be between 0 and 60 s, got " + latency);
        }
        requireRate(serverErrorRate, "serverErrorRate");
        requireRate(forced429Rate, "forced429Rate");
        requireRate(dropRate, "dropRate");
        if (serverErrorRate + forced429Rate + dropRate > 1.0 + 1e-9) {
            throw new IllegalArgumentException("serverErrorRate + forced429Rate + dropRate must not exceed 1");
        }
    }

    /**
     * Whether these settings change anything.
     *
     * @return true when latency or any rate is non-zero
     */
    public boolean active() {
        return !latency.isZero() || serverErrorRate > 0 || forced429Rate > 0 || dropRate > 0;
    }

    private static void requireRate(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + rate);
        }
    }
}
