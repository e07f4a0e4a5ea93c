package io.battlesim.app.scoreboard.stream;

import io.battlesim.app.battle.BattleUpdate;
import io.battlesim.app.battle.BattleUpdate.BattleEnded;
import io.battlesim.app.battle.BattleUpdate.GiftAlert;
import io.battlesim.app.battle.BattleUpdate.ScoreboardChanged;
import io.battlesim.app.scoreboard.view.GiftView;
import io.battlesim.app.scoreboard.view.ScoreboardView;
import io.battlesim.app.scoreboard.view.ScoreboardViews;
import io.battlesim.engine.BattleSnapshot;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Turns a battle update into its view and its SSE frame: the one serialisation every client shares. */
final class UpdateEncoder {

    private final ObjectWriter writer;
    private final Clock clock;

    UpdateEncoder(JsonMapper json, Clock clock) {
        // One line per event: an indented document would end the SSE data field at its first newline.
        this.writer = Objects.requireNonNull(json, "json must not be null")
                .writer()
                .without(SerializationFeature.INDENT_OUTPUT);
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * An encoded update.
     *
     * @param frame the frame for every client
     * @param scoreboard the scoreboard view, for scoreboard and ended updates
     * @param gift the gift view, for gift alerts
     */
    record Encoded(
            SseFrame frame,
            @Nullable ScoreboardView scoreboard,
            @Nullable GiftView gift) {}

    Encoded encode(BattleUpdate update, long durationMillis) {
        return switch (update) {
            case ScoreboardChanged changed ->
                scoreboard(changed.sequence(), SseFrame.SCOREBOARD, changed.snapshot(), durationMillis);
            case BattleEnded ended -> scoreboard(ended.sequence(), SseFrame.ENDED, ended.snapshot(), durationMillis);
            case GiftAlert alert -> gift(alert);
        };
    }

    /** A frame without an id (the client's Last-Event-ID stays) for a state read outside the update stream. */
    Encoded seed(String event, BattleSnapshot snapshot, long durationMillis) {
        return scoreboard(0, event, snapshot, durationMillis);
    }

    /** A view as one line of JSON (for the first page load). */
    String json(Object view) {
        return writer.writeValueAsString(view);
    }

    /** A heartbeat frame carrying the server's clock. */
    SseFrame heartbeat() {
        return SseFrame.heartbeat(clock.millis());
    }

    private Encoded scoreboard(long sequence, String event, BattleSnapshot snapshot, long durationMillis) {
        ScoreboardView view = ScoreboardViews.scoreboard(snapshot, durationMillis, clock.millis());
        return new Encoded(SseFrame.of(sequence, event, writer.writeValueAsBytes(view)), view, null);
    }

    private Encoded gift(GiftAlert alert) {
        GiftView view = ScoreboardViews.gift(alert);
        return new Encoded(SseFrame.of(alert.sequence(), SseFrame.GIFT, writer.writeValueAsBytes(view)), null, view);
    }
}
