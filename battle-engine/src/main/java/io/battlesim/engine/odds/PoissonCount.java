package io.battlesim.engine.odds;

/**
 * Draws from one Poisson distribution, exactly: by multiplying uniforms below a mean of 10, and above it by
 * Hörmann's transformed rejection with squeeze (PTRS, 1993), which needs about 1.2 pairs of uniforms whatever the
 * mean, so a side receiving thousands of gifts costs no more than one receiving dozens. The constants are worked
 * out once per estimate, not once per draw.
 */
final class PoissonCount {

    /** Below this mean, counts are drawn by multiplying uniforms (about 1 + mean of them). */
    static final double SMALL_MEAN = 10;

    private static final double[] LOG_FACTORIALS = logFactorials(256);

    private final double mean;
    private final double expMinusMean;
    private final double logMean;
    private final double b;
    private final double a;
    private final double logInverseAlpha;
    private final double vr;

    PoissonCount(double mean) {
        this.mean = mean;
        this.expMinusMean = Math.exp(-mean);
        this.logMean = Math.log(mean);
        this.b = 0.931 + 2.53 * Math.sqrt(mean);
        this.a = -0.059 + 0.02483 * b;
        this.logInverseAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
        this.vr = 0.9277 - 3.6224 / (b - 2);
    }

    long draw(SplitMix random) {
        return mean < SMALL_MEAN ? byMultiplication(random) : byTransformedRejection(random);
    }

    private long byMultiplication(SplitMix random) {
        long k = 0;
        double product = random.nextDouble();
        while (product > expMinusMean) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }

    private long byTransformedRejection(SplitMix random) {
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + logInverseAlpha - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) {
                return k;
            }
        }
    }

    /** {@code ln k!}: from a table for small {@code k}, else Stirling's series (error below 1e-12 from 256 on). */
    static double logFactorial(long k) {
        if (k < LOG_FACTORIALS.length) {
            return LOG_FACTORIALS[(int) k];
        }
        double x = k + 1.0;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }

    private static double[] logFactorials(int size) {
        double[] table = new double[size];
        for (int k = 1; k < size; k++) {
            table[k] = table[k - 1] + Math.log(k);
        }
        return table;
    }
}
