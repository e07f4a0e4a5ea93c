package io.battlesim.app.scoreboard.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameLogTests {

    private final FrameLog log = new FrameLog(4);

    @Test
    void readsFramesByAbsolutePosition() {
        log.append(gift(1));
        log.append(gift(2));

        assertThat(log.head()).isEqualTo(2);
        assertThat(log.at(1)).isNotNull().extracting(SseFrame::sequence).isEqualTo(2L);
    }

    @Test
    void forgetsTheOldestFramesOnceFull() {
        for (int sequence = 1; sequence <= 6; sequence++) {
            log.append(gift(sequence));
        }

        assertThat(log.oldest()).isEqualTo(2);
        assertThat(log.at(1)).isNull();
        assertThat(log.at(5)).isNotNull().extracting(SseFrame::sequence).isEqualTo(6L);
    }

    @Test
    void findsWhereAResumingClientStarts() {
        for (int sequence = 1; sequence <= 6; sequence++) {
            log.append(gift(sequence));
        }

        assertThat(log.positionAfter(3)).isEqualTo(3);
        assertThat(log.positionAfter(0)).isEqualTo(log.oldest());
        assertThat(log.positionAfter(6)).isEqualTo(log.head());
    }

    @Test
    void remembersTheLatestScoreboard() {
        log.append(SseFrame.of(1, SseFrame.SCOREBOARD, "{}".getBytes(StandardCharsets.UTF_8)));
        log.append(gift(2));

        assertThat(log.latestScoreboard()).isZero();
    }

    @Test
    void aScoreboardIsSupersededByALaterOneAndAScoreByAnyLaterScoreOrScoreboard() {
        SseFrame whole = SseFrame.of(1, SseFrame.SCOREBOARD, "{}".getBytes(StandardCharsets.UTF_8));
        SseFrame score = SseFrame.of(2, SseFrame.SCORE, "{}".getBytes(StandardCharsets.UTF_8));
        log.append(whole);
        log.append(score);

        assertThat(log.latestScoreboard()).isZero();
        assertThat(log.latestScore()).isOne();
        assertThat(FrameLog.superseded(whole, 0, 0, 1))
                .as("a later score keeps the top gifters of the whole one")
                .isFalse();
        assertThat(FrameLog.superseded(whole, 0, 3, 1)).isTrue();
        assertThat(FrameLog.superseded(score, 1, 0, 1)).isFalse();
        assertThat(FrameLog.superseded(score, 1, 2, 1)).isTrue();
        assertThat(FrameLog.superseded(score, 1, 0, 4)).isTrue();
        assertThat(FrameLog.superseded(gift(3), 2, 5, 5)).isFalse();
    }

    @Test
    void encodesAnEventWithoutAnIdWhenItHasNoSequence() {
        SseFrame frame = SseFrame.of(0, SseFrame.ENDED, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(frame.text()).isEqualTo("event: ended\ndata: {\"a\":1}\n\n");
    }

    private static SseFrame gift(long sequence) {
        return SseFrame.of(sequence, SseFrame.GIFT, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
