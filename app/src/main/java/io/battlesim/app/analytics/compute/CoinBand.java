package io.battlesim.app.analytics.compute;

/** The value bands of gifts, by the coins of one commit (a streak's units together). */
enum CoinBand {
    FREE("0", 0, 0),
    ONE("1", 1, 1),
    SINGLE_DIGITS("2–9", 2, 9),
    TENS("10–99", 10, 99),
    HUNDREDS("100–999", 100, 999),
    THOUSANDS("1,000–9,999", 1_000, 9_999),
    HUGE("10,000+", 10_000, Long.MAX_VALUE);

    private final String label;
    private final long min;
    private final long max;

    CoinBand(String label, long min, long max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    String label() {
        return label;
    }

    long min() {
        return min;
    }

    /** The upper bound, or null for the open band. */
    @org.jspecify.annotations.Nullable
    Long max() {
        return max == Long.MAX_VALUE ? null : max;
    }

    static CoinBand of(long coins) {
        for (CoinBand band : values()) {
            if (coins <= band.max) {
                return band;
            }
        }
        return HUGE;
    }
}
