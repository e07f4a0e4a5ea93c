package io.battlesim.app.battle;

/** Shares of a whole in whole percent, for vote bars and odds. */
public final class Shares {

    private Shares() {}

    /**
     * Whole-percent shares of {@code amounts} that add up to 100: each gets its floor, and the spare points go to the
     * largest remainders (the first of equal ones). All 0 when the amounts add up to nothing.
     */
    public static int[] percents(double[] amounts) {
        int n = amounts.length;
        int[] percents = new int[n];
        double total = 0;
        for (double amount : amounts) {
            total += Math.max(0, amount);
        }
        if (total <= 0) {
            return percents;
        }
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = 100.0 * Math.max(0, amounts[i]) / total;
            percents[i] = (int) Math.floor(exact);
            remainders[i] = exact - percents[i];
            given += percents[i];
        }
        for (int spare = 100 - given; spare > 0; spare--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            percents[best]++;
            remainders[best] = -1;
        }
        return percents;
    }
}
