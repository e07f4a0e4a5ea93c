package io.battlesim.engine.odds;

import java.util.ArrayList;
import java.util.List;

/**
 * How honest a forecaster is: forecasts of "this side wins" against what happened, in deciles of the forecast (a
 * calibrated forecaster's 70 % calls come true about 70 % of the time), with the Brier score (mean squared error of
 * the forecast, 0 is perfect, 0.25 is a coin flip) of the forecaster and of a baseline, and the skill score {@code
 * 1 - brier / baselineBrier} (above 0: better than the baseline). Mutable and not thread-safe: fill it on one thread.
 */
public final class CalibrationTable {

    private static final int BINS = 10;

    private final long[] counts = new long[BINS];
    private final double[] predicted = new double[BINS];
    private final double[] observed = new double[BINS];
    private double squaredError;
    private double baselineSquaredError;
    private long samples;

    /**
     * Adds one forecast.
     *
     * @param forecast the forecaster's probability, between 0 and 1
     * @param outcome what happened: 1 the side won, 0 it lost, ½ a tie
     * @param baseline the baseline's probability for the same event, between 0 and 1
     */
    public void add(double forecast, double outcome, double baseline) {
        requireProbability(forecast, "forecast");
        requireProbability(outcome, "outcome");
        requireProbability(baseline, "baseline");
        int bin = Math.min(BINS - 1, (int) (forecast * BINS));
        counts[bin]++;
        predicted[bin] += forecast;
        observed[bin] += outcome;
        squaredError += (forecast - outcome) * (forecast - outcome);
        baselineSquaredError += (baseline - outcome) * (baseline - outcome);
        samples++;
    }

    /**
     * One decile of forecasts.
     *
     * @param from the lowest forecast in it (inclusive)
     * @param to the highest (exclusive, but 1 is in the last decile)
     * @param count forecasts in it
     * @param meanForecast their mean, NaN when empty
     * @param observedRate how often the side won (ties as ½), NaN when empty
     */
    public record Decile(double from, double to, long count, double meanForecast, double observedRate) {

        /** {@code |observedRate - meanForecast|}, NaN when empty. */
        public double gap() {
            return Math.abs(observedRate - meanForecast);
        }
    }

    /** The ten deciles, lowest first; never null. */
    public List<Decile> deciles() {
        List<Decile> deciles = new ArrayList<>(BINS);
        for (int bin = 0; bin < BINS; bin++) {
            long n = counts[bin];
            deciles.add(new Decile(
                    bin / (double) BINS,
                    (bin + 1) / (double) BINS,
                    n,
                    n == 0 ? Double.NaN : predicted[bin] / n,
                    n == 0 ? Double.NaN : observed[bin] / n));
        }
        return List.copyOf(deciles);
    }

    /** Forecasts added. */
    public long samples() {
        return samples;
    }

    /** The forecaster's Brier score, NaN before any forecast. */
    public double brier() {
        return squaredError / samples;
    }

    /** The baseline's Brier score, NaN before any forecast. */
    public double baselineBrier() {
        return baselineSquaredError / samples;
    }

    /** The Brier skill score against the baseline: 1 is perfect, 0 no better than the baseline. */
    public double skill() {
        return 1 - squaredError / baselineSquaredError;
    }

    /** The table in Markdown, then the scores; for reports and the README. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder("| Forecast | Count | Mean forecast | Observed win rate |\n");
        out.append("|---|---:|---:|---:|\n");
        for (Decile d : deciles()) {
            out.append(String.format(
                    "| %.1f-%.1f | %,d | %.3f | %.3f |%n",
                    d.from(), d.to(), d.count(), d.meanForecast(), d.observedRate()));
        }
        out.append(String.format(
                "%nBrier score %.4f (baseline %.4f), skill %.3f over %,d forecasts%n",
                brier(), baselineBrier(), skill(), samples));
        return out.toString();
    }

    private static void requireProbability(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1 but was " + value);
        }
    }
}
