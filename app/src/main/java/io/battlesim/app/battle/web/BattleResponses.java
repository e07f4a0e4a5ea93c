package io.battlesim.app.battle.web;

import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleSummary;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.PowerUpResult;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideResult;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.powerup.PowerUpKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Response bodies of the battle API. */
final class BattleResponses {

    private BattleResponses() {}

    @Schema(description = "A battle with its live state. overlayToken only for those who control the battle.")
    record Battle(
            String id,
            String title,
            BattleStatus status,
            SourceKind source,
            Instant createdAt,
            List<Side> sides,
            Rules rules,
            @Nullable String overlayToken,
            BattleSnapshot snapshot) {

        static Battle of(BattleView view, boolean controller) {
            List<Side> sides = new ArrayList<>();
            for (int i = 0; i < view.setup().sides().size(); i++) {
                var side = view.setup().sides().get(i);
                sides.add(new Side(
                        view.snapshot().sides().get(i).id(),
                        side.label(),
                        side.rooms().stream().map(RoomBinding::username).toList()));
            }
            BattleRules rules = view.setup().rules();
            return new Battle(
                    view.id(),
                    view.title(),
                    view.status(),
                    view.setup().source(),
                    view.createdAt(),
                    sides,
                    new Rules(
                            rules.duration().toSeconds(),
                            rules.onlyGiftId(),
                            rules.pointsPerLike(),
                            List.copyOf(rules.audiencePowerUps())),
                    controller ? view.overlayToken() : null,
                    view.snapshot());
        }
    }

    record Side(String id, String label, List<String> usernames) {}

    record Rules(
            long durationSeconds,
            @Nullable Integer onlyGiftId,
            long pointsPerLike,
            List<PowerUpKind> audiencePowerUps) {}

    @Schema(
            description = "The created battle, with its secret ingest key (shown to its creator only), its control"
                    + " token when it was created without signing in, and links")
    record Created(
            Battle battle,
            String ingestKey,

            @Schema(
                    description = "Only for a battle created without signing in: the secret that start, end"
                            + " and power-ups need as the X-Control-Token header. Shown only this once;"
                            + " keep it like a password.",
                    nullable = true)
            @Nullable
            String controlToken,

            String ingestUrl,
            String scoreboardUrl,
            String overlayUrl) {}

    @Schema(description = "What became of a booster trigger: activated, or refused with the rule's reason")
    record PowerUp(
            String result,
            String sideId,
            PowerUpKind kind,
            @Nullable String reason) {

        static PowerUp of(PowerUpResult result, String sideId, PowerUpKind kind) {
            return switch (result) {
                case PowerUpResult.Activated activated -> new PowerUp("activated", sideId, kind, null);
                case PowerUpResult.Refused refused ->
                    new PowerUp("refused", sideId, kind, refused.reason().name());
            };
        }
    }

    @Schema(description = "A battle in a list: running ones with their current scores, ended ones with results")
    record Item(
            String id,
            String title,
            BattleStatus status,
            @Nullable Instant startedAt,
            @Nullable Instant endedAt,
            List<Score> sides,
            @Nullable String winnerLabel,
            boolean tie) {

        static Item of(BattleView view) {
            BattleSnapshot snapshot = view.snapshot();
            List<Score> sides = snapshot.sides().stream()
                    .map(side -> new Score(side.id(), side.label(), side.hidden() ? null : side.score()))
                    .toList();
            BattleSnapshot.Side winner = snapshot.winner() == null ? null : snapshot.side(snapshot.winner());
            return new Item(
                    view.id(),
                    view.title(),
                    view.status(),
                    instant(snapshot.startedAt()),
                    instant(snapshot.endedAt()),
                    sides,
                    winner == null ? null : winner.label(),
                    snapshot.tie());
        }

        static Item of(BattleSummary summary) {
            return new Item(
                    summary.id(),
                    summary.title(),
                    BattleStatus.ENDED,
                    summary.startedAt(),
                    summary.endedAt(),
                    summary.sides().stream().map(Score::of).toList(),
                    summary.winnerLabel(),
                    summary.tie());
        }

        private static @Nullable Instant instant(@Nullable Long epochMillis) {
            return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
        }
    }

    @Schema(description = "A side's score; null while a Magic Mist hides it")
    record Score(String sideId, String label, @Nullable Long score) {

        static Score of(SideResult result) {
            return new Score(result.sideId(), result.label(), result.score());
        }
    }
}
