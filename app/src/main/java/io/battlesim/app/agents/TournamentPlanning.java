package io.battlesim.app.agents;

import io.battlesim.app.agents.InvalidTournamentException.FieldProblem;
import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.tournament.Pairing;
import io.battlesim.engine.tournament.TournamentPlan;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link TournamentRequest} into the engine's {@link TournamentPlan}, with the defaults filled in, or names
 * every field that is wrong: the request's constraints first, then what only the engine can judge (strategies,
 * tunables) and what the tournament as a whole allows (distinct names, at most {@code app.agents.max-games}
 * battles).
 */
final class TournamentPlanning {

    static final long DEFAULT_BUDGET = 10_000;
    static final int DEFAULT_GAMES_PER_PAIRING = 2;
    static final int DEFAULT_BATTLE_SECONDS = 300;
    static final List<TournamentRequest.Agent> DEFAULT_AGENTS = List.of(
            agent("Steady", StrategyKind.STEADY),
            agent("Sniper", StrategyKind.SNIPER),
            agent("Whale", StrategyKind.WHALE),
            agent("Reactive", StrategyKind.REACTIVE),
            agent("Planner", StrategyKind.PLANNER));
    private static final Pattern TUNABLE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    private final Validator validator;
    private final int maxGames;

    TournamentPlanning(Validator validator, int maxGames) {
        this.validator = validator;
        this.maxGames = maxGames;
    }

    /**
     * A checked tournament.
     *
     * @param name the name, stripped
     * @param crowd who gives besides the agents
     * @param battleSeconds length of each battle
     * @param plan what the engine plays; its agents' ids are {@code a1}, {@code a2}, … in entry order
     */
    record Planned(String name, TournamentCrowd crowd, int battleSeconds, TournamentPlan plan) {}

    /** The plan, or {@link InvalidTournamentException} naming every wrong field. */
    Planned plan(TournamentRequest request, LongSupplier randomSeed) {
        List<FieldProblem> problems = constraintProblems(request);
        Set<String> flagged = new HashSet<>();
        problems.forEach(problem -> flagged.add(problem.field()));
        String name = flagged.contains("name") ? "" : text("name", request.name(), problems);
        Pairing format = format(request.format(), problems);
        TournamentCrowd crowd = crowd(request.crowd(), problems);
        List<AgentSpec> agents = flagged.contains("agents")
                ? List.of()
                : agents(request.agents() == null ? DEFAULT_AGENTS : request.agents(), flagged, problems);
        if (!problems.isEmpty()) {
            throw new InvalidTournamentException(problems);
        }
        int games = orDefault(request.gamesPerPairing(), DEFAULT_GAMES_PER_PAIRING);
        long seed = request.seed() == null ? randomSeed.getAsLong() : request.seed();
        TournamentPlan plan = format == Pairing.ROUND_ROBIN
                ? TournamentPlan.roundRobin(agents, orDefault(request.cycles(), 1), games, seed)
                : TournamentPlan.swiss(agents, orDefault(request.rounds(), swissRounds(agents.size())), games, seed);
        if (plan.totalGames() > maxGames) {
            throw new InvalidTournamentException(List.of(new FieldProblem(
                    "gamesPerPairing",
                    "would make " + plan.totalGames() + " battles, and a tournament plays at most " + maxGames
                            + ": choose fewer battles per pairing, rounds or agents")));
        }
        return new Planned(name, crowd, orDefault(request.battleSeconds(), DEFAULT_BATTLE_SECONDS), plan);
    }

    /** Enough Swiss rounds to sort the field: log2 of the agents, rounded up, plus one. */
    static int swissRounds(int agents) {
        return 32 - Integer.numberOfLeadingZeros(agents - 1) + 1;
    }

    private List<FieldProblem> constraintProblems(TournamentRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<TournamentRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString().replace(".<list element>", "");
            problems.add(new FieldProblem(field, violation.getMessage()));
        }
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return problems;
    }

    private static Pairing format(@Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return Pairing.ROUND_ROBIN;
        }
        String code = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Pairing pairing : Pairing.values()) {
            if (pairing.name().equals(code)) {
                return pairing;
            }
        }
        problems.add(new FieldProblem("format", "must be ROUND_ROBIN or SWISS"));
        return Pairing.ROUND_ROBIN;
    }

    private static TournamentCrowd crowd(@Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return TournamentCrowd.NONE;
        }
        for (TournamentCrowd crowd : TournamentCrowd.values()) {
            if (crowd.name().equalsIgnoreCase(value.strip())) {
                return crowd;
            }
        }
        problems.add(new FieldProblem("crowd", "must be NONE, TYPICAL or RECORDED"));
        return TournamentCrowd.NONE;
    }

    /** Each agent as the engine knows it; fields that already broke a constraint are not judged again. */
    private static List<AgentSpec> agents(
            List<TournamentRequest.Agent> agents, Set<String> flagged, List<FieldProblem> problems) {
        List<AgentSpec> specs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < agents.size(); i++) {
            String field = "agents[" + i + "]";
            TournamentRequest.Agent agent = agents.get(i);
            if (agent == null || flagged.contains(field)) {
                continue;
            }
            @Nullable
            String name = flagged.contains(field + ".name") ? null : text(field + ".name", agent.name(), problems);
            if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(field + ".name", "is the name of another agent: names must differ"));
            }
            @Nullable
            StrategyKind kind = flagged.contains(field + ".strategy")
                    ? null
                    : strategy(field + ".strategy", agent.strategy(), problems);
            Map<String, Double> params = agent.params() == null ? Map.of() : agent.params();
            boolean judged = name != null && kind != null && !flagged.contains(field + ".budget");
            if (judged
                    && !flagged.contains(field + ".params")
                    && tunablesWellFormed(field + ".params", params, problems)) {
                try {
                    specs.add(new AgentSpec("a" + (i + 1), name, kind, agent.budget(), params));
                } catch (IllegalArgumentException refused) {
                    // the engine's own words: which tunable it does not know, or which value is out of range
                    problems.add(new FieldProblem(field + ".params", String.valueOf(refused.getMessage())));
                }
            }
        }
        return specs;
    }

    private static @Nullable StrategyKind strategy(String field, String value, List<FieldProblem> problems) {
        for (StrategyKind kind : StrategyKind.values()) {
            if (kind.name().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        problems.add(new FieldProblem(field, "must be STEADY, SNIPER, WHALE, REACTIVE or PLANNER"));
        return null;
    }

    private static boolean tunablesWellFormed(String field, Map<String, Double> params, List<FieldProblem> problems) {
        for (Map.Entry<String, Double> tunable : params.entrySet()) {
            if (tunable.getKey() == null || !TUNABLE.matcher(tunable.getKey()).matches()) {
                problems.add(new FieldProblem(field, "tunable names are letters and digits (at most 40)"));
                return false;
            }
            if (tunable.getValue() == null || !Double.isFinite(tunable.getValue())) {
                problems.add(new FieldProblem(field, "tunable " + tunable.getKey() + " must be a number"));
                return false;
            }
        }
        return true;
    }

    /** A name, stripped; refused when it holds control characters (line breaks, escapes). */
    private static String text(String field, String value, List<FieldProblem> problems) {
        String stripped = value.strip();
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, "must not contain control characters"));
        }
        return stripped;
    }

    private static int orDefault(@Nullable Integer value, int defaultValue) {
        return value == null ? defaultValue : value;
    }

    private static TournamentRequest.Agent agent(String name, StrategyKind kind) {
        return new TournamentRequest.Agent(name, kind.name(), DEFAULT_BUDGET, null);
    }
}
