package io.battlesim.app.scoreboard.stream;

import io.battlesim.app.battle.BattleUpdate.GiftAlert;
import io.battlesim.app.scoreboard.view.GiftView;
import io.battlesim.app.scoreboard.view.OddsView;
import io.battlesim.app.scoreboard.view.ScoreView;
import io.battlesim.app.scoreboard.view.ScoreboardView;
import io.battlesim.app.scoreboard.view.ScoreboardViews;
import io.battlesim.engine.BattleSnapshot;
import java.time.Clock;
import java.util.Objects;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Turns battle updates into their views and SSE frames: the one serialisation every client shares. */
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
     * An encoded scoreboard.
     *
     * @param frame the frame for every client
     * @param scoreboard the view it carries
     */
    record Encoded(SseFrame frame, ScoreboardView scoreboard) {}

    /** The scoreboard view of a snapshot, as of now. */
    ScoreboardView view(BattleSnapshot snapshot, long durationMillis) {
        return ScoreboardViews.scoreboard(snapshot, durationMillis, clock.millis());
    }

    /** The whole scoreboard as a {@code scoreboard} or {@code ended} frame ({@code sequence} 0: no id). */
    SseFrame whole(long sequence, String event, ScoreboardView view) {
        return SseFrame.of(sequence, event, writer.writeValueAsBytes(view));
    }

    /** The scores of {@code view} as a {@code score} frame. */
    SseFrame score(long sequence, ScoreboardView view) {
        return SseFrame.of(sequence, SseFrame.SCORE, writer.writeValueAsBytes(ScoreView.of(view)));
    }

    /** A gift alert's feed view. */
    GiftView giftView(GiftAlert alert) {
        return ScoreboardViews.gift(alert);
    }

    /** A gift alert as a {@code gift} frame. */
    SseFrame gift(GiftView view) {
        return SseFrame.of(view.sequence(), SseFrame.GIFT, writer.writeValueAsBytes(view));
    }

    /** A frame without an id (the client's Last-Event-ID stays) for a state read outside the update stream. */
    Encoded seed(String event, BattleSnapshot snapshot, long durationMillis) {
        ScoreboardView view = view(snapshot, durationMillis);
        return new Encoded(whole(0, event, view), view);
    }

    /** A view as one line of JSON (for the first page load). */
    String json(Object view) {
        return writer.writeValueAsString(view);
    }

    /** The odds as an {@code odds} frame (no id: only the latest matters). */
    SseFrame odds(OddsView view) {
        return SseFrame.of(0, SseFrame.ODDS, writer.writeValueAsBytes(view));
    }

    /** A heartbeat frame carrying the server's clock. */
    SseFrame heartbeat() {
        return SseFrame.heartbeat(clock.millis());
    }
}
