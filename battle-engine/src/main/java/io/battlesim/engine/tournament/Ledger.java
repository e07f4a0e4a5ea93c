package io.battlesim.engine.tournament;

import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.rating.Glicko2;
import io.battlesim.engine.rating.Rating;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A tournament's running record, by agent index: results, who met whom, who sat out, and the Glicko-2 ratings.
 * Results go into the current rating period, judged against the ratings from before it, until {@link
 * #closePeriod(Glicko2)} turns them into new ratings (once a round).
 */
final class Ledger {

    private final int[] wins;
    private final int[] losses;
    private final int[] ties;
    private final Rating[] ratings;
    private final boolean[][] met;
    private final boolean[] byes;
    private final List<List<Glicko2.Result>> period = new ArrayList<>();
    private int played;

    Ledger(int agents) {
        wins = new int[agents];
        losses = new int[agents];
        ties = new int[agents];
        ratings = new Rating[agents];
        met = new boolean[agents][agents];
        byes = new boolean[agents];
        for (int i = 0; i < agents; i++) {
            ratings[i] = Rating.INITIAL;
            period.add(new ArrayList<>());
        }
    }

    void record(int first, int second, MatchOutcome outcome) {
        switch (outcome) {
            case FIRST_WON -> {
                wins[first]++;
                losses[second]++;
            }
            case SECOND_WON -> {
                wins[second]++;
                losses[first]++;
            }
            case TIE -> {
                ties[first]++;
                ties[second]++;
            }
        }
        double score = outcome.firstScore();
        period.get(first).add(new Glicko2.Result(ratings[second], score));
        period.get(second).add(new Glicko2.Result(ratings[first], 1 - score));
        met[first][second] = true;
        met[second][first] = true;
        played++;
    }

    /** Ends the rating period: every agent is rated on its results in it (an agent that sat out grows less sure). */
    void closePeriod(Glicko2 glicko) {
        Rating[] next = new Rating[ratings.length];
        for (int i = 0; i < ratings.length; i++) {
            next[i] = glicko.update(ratings[i], period.get(i));
            period.get(i).clear();
        }
        System.arraycopy(next, 0, ratings, 0, next.length);
    }

    int agents() {
        return ratings.length;
    }

    int played() {
        return played;
    }

    double points(int agent) {
        return wins[agent] + ties[agent] / 2.0;
    }

    double rating(int agent) {
        return ratings[agent].rating();
    }

    boolean met(int a, int b) {
        return met[a][b];
    }

    boolean hadBye(int agent) {
        return byes[agent];
    }

    void markBye(int agent) {
        byes[agent] = true;
    }

    /** The standings, best rating first (then more points, then entry order). */
    List<Standings.Standing> standings(List<AgentSpec> agents) {
        List<Standings.Standing> rows = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            Rating r = ratings[i];
            rows.add(new Standings.Standing(
                    agents.get(i),
                    wins[i] + losses[i] + ties[i],
                    wins[i],
                    losses[i],
                    ties[i],
                    r.rating(),
                    r.deviation(),
                    r.volatility()));
        }
        List<Standings.Standing> ranked = new ArrayList<>(rows);
        ranked.sort(Comparator.comparingDouble(Standings.Standing::rating)
                .thenComparingDouble(Standings.Standing::points)
                .reversed()
                .thenComparingInt(rows::indexOf));
        return ranked;
    }
}
