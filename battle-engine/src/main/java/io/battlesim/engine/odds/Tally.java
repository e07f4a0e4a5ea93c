package io.battlesim.engine.odds;

/**
 * Who won how many rollouts, outright or sharing the top with how many others. Kept as whole counts and turned into
 * probabilities in one fixed order, so sides that won the same counts get bit-for-bit the same probability (exactly
 * ½ for two identical sides), which summing fractions rollout by rollout would not guarantee.
 */
final class Tally {

    /** {@code wins[side][k]}: rollouts the side topped together with {@code k} others. */
    private final long[][] wins;

    private long rollouts;

    Tally(int sides) {
        wins = new long[sides][sides];
    }

    void credit(long[] scores) {
        long top = Long.MIN_VALUE;
        int sharing = 0;
        for (long score : scores) {
            if (score > top) {
                top = score;
                sharing = 1;
            } else if (score == top) {
                sharing++;
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == top) {
                wins[i][sharing - 1]++;
            }
        }
        rollouts++;
    }

    double[] probabilities() {
        double[] result = new double[wins.length];
        for (int i = 0; i < wins.length; i++) {
            double share = 0;
            for (int k = 0; k < wins.length; k++) {
                share += wins[i][k] / (double) (k + 1);
            }
            result[i] = share / rollouts;
        }
        return result;
    }
}
