package io.battlesim.app.battle.web;

import io.battlesim.app.battle.AudienceSettings;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.CrowdKind;
import io.battlesim.app.battle.InvalidBattleSetupException;
import io.battlesim.app.battle.Practice;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.Simulation;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.powerup.PowerUpKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** Request bodies of the battle API. */
final class BattleRequests {

    private BattleRequests() {}

    @Schema(description = "A new battle. Sides are s1, s2, … in the order given.")
    record CreateBattle(
            @Schema(example = "Friday battle: Ava vs Leo") @NotBlank @Size(max = 200)
            String title,

            @Schema(
                    description = "2 to 8 sides; a practice battle lists only the creator's one side; a simulation"
                            + " lists its sides under simulation instead")
            @Nullable
            @Size(min = 1, max = 8)
            List<@Valid @NotNull Side> sides,

            @Valid @Nullable Rules rules,

            @Schema(description = "Where events come from (default INGEST: POST /api/battles/{id}/events)") @Nullable
            SourceKind source,

            @Schema(description = "Start at once (default false)") @Nullable
            Boolean start,

            @Schema(
                    description = "Makes it a practice battle (signed in only): an AI agent plays a second side, the"
                            + " title is prefixed \"Practice: \", and it never counts on the leaderboards")
            @Valid
            @Nullable
            PracticeRequest practice,

            @Schema(
                    description = "Makes it a simulation played at 1x (signed in only): AI agents and simulated crowds"
                            + " give on every side, the title is prefixed \"Simulation: \", and it never counts on"
                            + " the leaderboards. Leave sides, source and practice out.")
            @Valid
            @Nullable
            SimulationRequest simulation) {

        BattleSetup toSetup(@Nullable Long ownerUserId) {
            BattleRules battleRules = rules == null ? BattleRules.defaults() : rules.toRules();
            if (simulation != null) {
                if (ownerUserId == null) {
                    throw new InvalidBattleSetupException("simulation", "needs a signed-in user");
                }
                if (sides != null || practice != null || source != null) {
                    throw new InvalidBattleSetupException(
                            "simulation", "lists its own sides: leave sides, source and practice out");
                }
                return simulation.toSimulation().setup(title, battleRules, ownerUserId);
            }
            if (sides == null) {
                throw new InvalidBattleSetupException("sides", "must list 2 to 8 sides");
            }
            SourceKind sourceKind = source == null ? SourceKind.INGEST : source;
            if (sourceKind == SourceKind.SIMULATED) {
                throw new InvalidBattleSetupException("source", "SIMULATED is set by a simulation, not chosen");
            }
            if (practice != null) {
                if (ownerUserId == null) {
                    throw new InvalidBattleSetupException("practice", "needs a signed-in creator");
                }
                if (sides.size() != 1) {
                    throw new InvalidBattleSetupException("sides", "a practice battle lists only the creator's side");
                }
                return practice.toPractice()
                        .setup(title, sides.getFirst().toSetup(), battleRules, sourceKind, ownerUserId);
            }
            return new BattleSetup(
                    title, sides.stream().map(Side::toSetup).toList(), battleRules, sourceKind, ownerUserId);
        }

        boolean startNow() {
            return Boolean.TRUE.equals(start);
        }
    }

    @Schema(description = "The AI agent of a practice battle")
    record PracticeRequest(
            @Schema(description = "How the agent gives") @NotNull
            StrategyKind strategy,

            @Schema(description = "The agent's coins for the battle", example = "20000")
            @Min(Practice.MIN_BUDGET)
            @Max(Practice.MAX_BUDGET)
            long budget,

            @Schema(description = "The agent side's label (default: AI and the strategy, such as AI Sniper)")
            @Nullable
            @Size(min = 1, max = 100)
            String agentName) {

        Practice toPractice() {
            String name = agentName == null || agentName.isBlank() ? Practice.defaultName(strategy) : agentName;
            return new Practice(
                    name, strategy, budget, ThreadLocalRandom.current().nextLong());
        }
    }

    @Schema(description = "A simulation played at 1x: who gives on each side")
    record SimulationRequest(
            @Schema(description = "2 to 8 sides, s1, s2, … in this order") @NotNull @Size(min = 2, max = 8)
            List<@Valid @NotNull SimulatedSideRequest> sides,

            @Schema(
                    description = "Who gives on every side besides its agent (default NONE): TYPICAL is a modest"
                            + " creator's audience, RECORDED the average audience of this app's recorded battles")
            @Nullable
            CrowdKind crowd,

            @Schema(description = "The seed of every random choice (default: random)") @Nullable
            Long seed) {

        Simulation toSimulation() {
            return new Simulation(
                    sides.stream().map(SimulatedSideRequest::toSide).toList(),
                    crowd == null ? CrowdKind.NONE : crowd,
                    seed == null ? ThreadLocalRandom.current().nextLong() : seed);
        }
    }

    @Schema(description = "One side of a simulation: a label and its agent (none: only the crowd gives)")
    record SimulatedSideRequest(
            @Schema(example = "Sniper Sam") @NotBlank @Size(max = 100)
            String label,

            @Schema(description = "How its agent gives; leave out for a side where only the crowd gives") @Nullable
            StrategyKind strategy,

            @Schema(description = "The agent's coins for the battle", example = "20000")
            @Nullable
            @Min(Practice.MIN_BUDGET)
            @Max(Practice.MAX_BUDGET)
            Long budget) {

        Simulation.SimulatedSide toSide() {
            if (strategy != null && budget == null) {
                throw new InvalidBattleSetupException("simulation.sides.budget", "is needed with a strategy");
            }
            return new Simulation.SimulatedSide(label, strategy, budget == null ? 0 : budget);
        }
    }

    @Schema(description = "One side: a label and 1 to 8 creators' LIVE rooms (teams)")
    record Side(
            @Schema(example = "Ava Sparks") @NotBlank @Size(max = 100)
            String label,

            @NotNull @Size(min = 1, max = 8) List<@Valid @NotNull Room> rooms) {

        SideSetup toSetup() {
            return new SideSetup(label, rooms.stream().map(Room::toBinding).toList());
        }
    }

    @Schema(description = "A creator's LIVE room; roomId and hostUserId default to the username")
    record Room(
            @Schema(example = "ava.sparks") @NotBlank @Size(max = 64)
            String username,

            @Nullable @Size(min = 1, max = 64) String roomId,
            @Nullable @Size(min = 1, max = 64) String hostUserId,
            @Nullable @Size(max = 8) List<@NotBlank @Size(max = 64) String> guestUserIds) {

        RoomBinding toBinding() {
            return new RoomBinding(
                    username,
                    roomId == null ? username : roomId,
                    hostUserId == null ? username : hostUserId,
                    guestUserIds == null ? List.of() : guestUserIds);
        }
    }

    @Schema(description = "Rules; every field is optional (5 minutes, every gift counts, likes do not score)")
    record Rules(
            @Schema(example = "300") @Nullable @Min(1) @Max(86_400)
            Integer durationSeconds,

            @Schema(description = "Only this gift id scores") @Nullable @Positive
            Integer onlyGiftId,

            @Schema(description = "Points per like, 0 = likes do not score") @Nullable @PositiveOrZero @Max(1_000_000)
            Long pointsPerLike,

            @Schema(description = "Boosters viewers may trigger (default: all)") @Nullable
            Set<PowerUpKind> audiencePowerUps,

            @Schema(
                    description = "Audience interaction: votes, booster and like goals, chat commands (default: off;"
                            + " {} switches it on with the standard rules)")
            @Nullable
            AudienceSettings audience) {

        BattleRules toRules() {
            BattleRules defaults = BattleRules.defaults();
            return new BattleRules(
                    durationSeconds == null ? defaults.duration() : Duration.ofSeconds(durationSeconds),
                    onlyGiftId,
                    pointsPerLike == null ? 0 : pointsPerLike,
                    audiencePowerUps == null
                            ? defaults.audiencePowerUps()
                            : audiencePowerUps.isEmpty() ? Set.of() : EnumSet.copyOf(audiencePowerUps),
                    audienceRules());
        }

        private AudienceRules audienceRules() {
            if (audience == null) {
                return AudienceRules.off();
            }
            try {
                return audience.toRules();
            } catch (IllegalArgumentException e) {
                throw new InvalidBattleSetupException("rules.audience", String.valueOf(e.getMessage()));
            }
        }
    }

    @Schema(description = "Trigger a booster for a side")
    record TriggerPowerUp(
            @Schema(example = "s1") @NotBlank @Size(max = 16)
            String sideId,

            @NotNull PowerUpKind kind) {}
}
