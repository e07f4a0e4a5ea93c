package io.battlesim.app.agents;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a tournament should play, as the API and the start form send it; every field but the name is optional. The
 * constraints are checked by {@link TournamentService#start}, which also names the field of anything else wrong
 * (an unknown strategy or tunable, two agents of one name, too many battles).
 */
@Schema(description = "A tournament to start. Every field but name is optional.")
public record TournamentRequest(
        @Schema(example = "Friday ladder")
        @NotBlank(message = "must not be blank")
        @Size(max = 100, message = "must be at most 100 characters")
        String name,

        @Schema(
                description = "ROUND_ROBIN (default): everyone meets everyone; SWISS: a few rounds of agents with"
                        + " similar results")
        @Nullable
        String format,

        @Schema(
                description = "Swiss only: the rounds to play (default: enough to sort the field, log2 of the agents"
                        + " plus one)")
        @Nullable
        @Min(value = 1, message = "must be between 1 and " + MAX_ROUNDS)
        @Max(value = MAX_ROUNDS, message = "must be between 1 and " + MAX_ROUNDS)
        Integer rounds,

        @Schema(description = "Round-robin only: how many times everyone meets everyone (default 1)")
        @Nullable
        @Min(value = 1, message = "must be between 1 and " + MAX_CYCLES)
        @Max(value = MAX_CYCLES, message = "must be between 1 and " + MAX_CYCLES)
        Integer cycles,

        @Schema(description = "Battles per pairing and round (default 2: the same seed from both sides)")
        @Nullable
        @Min(value = 1, message = "must be between 1 and " + MAX_GAMES_PER_PAIRING)
        @Max(value = MAX_GAMES_PER_PAIRING, message = "must be between 1 and " + MAX_GAMES_PER_PAIRING)
        Integer gamesPerPairing,

        @Schema(description = "Length of each simulated battle in seconds (default 300)")
        @Nullable
        @Min(
                value = MIN_BATTLE_SECONDS,
                message = "must be between " + MIN_BATTLE_SECONDS + " and " + MAX_BATTLE_SECONDS)
        @Max(
                value = MAX_BATTLE_SECONDS,
                message = "must be between " + MIN_BATTLE_SECONDS + " and " + MAX_BATTLE_SECONDS)
        Integer battleSeconds,

        @Schema(
                description = "NONE (default): the agents alone give; TYPICAL: a typical audience on each side too;"
                        + " RECORDED: on each side the average audience of this app's recorded battles, fitted from"
                        + " their event logs when the tournament starts")
        @Nullable
        String crowd,

        @Schema(description = "2 to 16 agents; the five strategies with 10,000 coins each when absent")
        @Nullable
        @Size(min = MIN_AGENTS, max = MAX_AGENTS, message = "must hold " + MIN_AGENTS + " to " + MAX_AGENTS + " agents")
        List<@Valid @NotNull(message = "must not be null") Agent> agents,

        @Schema(
                description = "Seed of every battle: the same request and seed give the same standings (random when"
                        + " absent)")
        @Nullable
        Long seed) {

    public static final int MIN_AGENTS = 2;
    public static final int MAX_AGENTS = 16;
    public static final int MAX_ROUNDS = 50;
    public static final int MAX_CYCLES = 10;
    public static final int MAX_GAMES_PER_PAIRING = 100;
    public static final int MIN_BATTLE_SECONDS = 30;
    public static final int MAX_BATTLE_SECONDS = 600;
    public static final long MAX_BUDGET = 100_000_000;
    public static final int MAX_NAME = 60;
    public static final int MAX_PARAMS = 12;

    /**
     * One agent.
     *
     * @param name its name on the standings and the board (shown as text, never as markup)
     * @param strategy STEADY, SNIPER, WHALE, REACTIVE or PLANNER
     * @param budget coins it may spend in each battle
     * @param params the strategy's tunables by name (see the engine's strategies); none when absent
     */
    @Schema(description = "An agent: a name, a strategy, a coin budget per battle and optional tunables")
    public record Agent(
            @Schema(example = "Steady Eddie")
            @NotBlank(message = "must not be blank")
            @Size(max = MAX_NAME, message = "must be at most " + MAX_NAME + " characters")
            String name,

            @Schema(example = "STEADY", description = "STEADY, SNIPER, WHALE, REACTIVE or PLANNER")
            @NotBlank(message = "must not be blank")
            String strategy,

            @Schema(example = "10000")
            @NotNull(message = "is required")
            @Min(value = 0, message = "must not be negative")
            @Max(value = MAX_BUDGET, message = "must be at most " + MAX_BUDGET)
            Long budget,

            @Schema(description = "Tunables, e.g. {\"tapsPerSecond\": 2}")
            @Nullable
            @Size(max = MAX_PARAMS, message = "must hold at most " + MAX_PARAMS + " tunables")
            Map<String, Double> params) {}

    /** A request with this name and everything else by default (the five strategies). */
    public static TournamentRequest named(String name) {
        return new TournamentRequest(name, null, null, null, null, null, null, null, null);
    }
}
