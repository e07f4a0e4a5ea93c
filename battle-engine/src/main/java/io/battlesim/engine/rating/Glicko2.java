package io.battlesim.engine.rating;

import java.util.List;
import java.util.Objects;

/**
 * Glickman's Glicko-2 rating system ("Example of the Glicko-2 system", 2012), step for step: ratings move by how
 * much the results surprise, weighted by how sure each side's rating is, and a player who keeps surprising gets a
 * higher volatility and so moves faster. Results are grouped into rating periods: every result of a period is
 * judged against the ratings from before it. Immutable and thread-safe.
 */
public final class Glicko2 {

    /** The factor between the Glicko scale and Glicko-2's internal scale. */
    private static final double SCALE = 173.7178;

    /** Convergence tolerance of the volatility iteration, as in the paper. */
    private static final double EPSILON = 0.000001;

    private final double tau;

    /**
     * A rating system with system constant {@code tau}: how far volatility may move in a period. Glickman suggests
     * 0.3 to 1.2; smaller suits games where upsets are rare.
     */
    public Glicko2(double tau) {
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("tau must be positive but was " + tau);
        }
        this.tau = tau;
    }

    /** The system with {@code tau} = 0.5, the paper's example value. */
    public static Glicko2 standard() {
        return new Glicko2(0.5);
    }

    /**
     * One game's result from a player's side.
     *
     * @param opponent the opponent's rating before the period; never null
     * @param score 1 for a win, 0 for a loss, ½ for a tie (anything between 0 and 1)
     */
    public record Result(Rating opponent, double score) {

        public Result {
            Objects.requireNonNull(opponent, "opponent must not be null");
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("score must be between 0 and 1 but was " + score);
            }
        }
    }

    /**
     * The player's rating after a rating period with these results. With no results only the deviation grows (the
     * rating is less sure for having gone unplayed).
     *
     * @param player the rating before the period; never null
     * @param results the period's results; never null, may be empty
     */
    public Rating update(Rating player, List<Result> results) {
        Objects.requireNonNull(player, "player must not be null");
        Objects.requireNonNull(results, "results must not be null");
        double mu = (player.rating() - 1500) / SCALE;
        double phi = player.deviation() / SCALE;
        double sigma = player.volatility();
        if (results.isEmpty()) {
            return new Rating(player.rating(), SCALE * Math.sqrt(phi * phi + sigma * sigma), sigma);
        }
        double inverseVariance = 0;
        double surprise = 0;
        for (Result result : results) {
            double muJ = (result.opponent().rating() - 1500) / SCALE;
            double g = g(result.opponent().deviation() / SCALE);
            double expected = 1 / (1 + Math.exp(-g * (mu - muJ)));
            inverseVariance += g * g * expected * (1 - expected);
            surprise += g * (result.score() - expected);
        }
        double v = 1 / inverseVariance;
        double delta = v * surprise;
        double newSigma = volatility(phi, sigma, v, delta);
        double phiStar = Math.sqrt(phi * phi + newSigma * newSigma);
        double newPhi = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / v);
        double newMu = mu + newPhi * newPhi * surprise;
        return new Rating(SCALE * newMu + 1500, SCALE * newPhi, newSigma);
    }

    private static double g(double phi) {
        return 1 / Math.sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));
    }

    /** Step 5: the new volatility, the root of {@code f} found by the Illinois variant of regula falsi. */
    private double volatility(double phi, double sigma, double v, double delta) {
        double a = Math.log(sigma * sigma);
        VolatilityEquation f = new VolatilityEquation(phi * phi, v, delta * delta, a, tau);
        double lowA = a;
        double highB;
        if (delta * delta > phi * phi + v) {
            highB = Math.log(delta * delta - phi * phi - v);
        } else {
            int k = 1;
            while (f.at(a - k * tau) < 0) {
                k++;
            }
            highB = a - k * tau;
        }
        double fA = f.at(lowA);
        double fB = f.at(highB);
        while (Math.abs(highB - lowA) > EPSILON) {
            double c = lowA + (lowA - highB) * fA / (fB - fA);
            double fC = f.at(c);
            if (fC * fB <= 0) {
                lowA = highB;
                fA = fB;
            } else {
                fA = fA / 2;
            }
            highB = c;
            fB = fC;
        }
        return Math.exp(lowA / 2);
    }

    /** The paper's {@code f(x)}, whose root is {@code ln σ'²}. */
    private record VolatilityEquation(double phi2, double v, double delta2, double a, double tau) {

        double at(double x) {
            double ex = Math.exp(x);
            double d = phi2 + v + ex;
            return ex * (delta2 - phi2 - v - ex) / (2 * d * d) - (x - a) / (tau * tau);
        }
    }
}
