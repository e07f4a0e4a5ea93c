package io.battlesim.app.scoreboard.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamControllerTests {

    @Test
    void prefersTheLastEventIdHeaderToTheQueryParameter() {
        assertThat(StreamController.lastEventId("42", "7")).isEqualTo(42L);
        assertThat(StreamController.lastEventId(null, "7")).isEqualTo(7L);
        assertThat(StreamController.lastEventId(" ", "7")).isEqualTo(7L);
    }

    @Test
    void treatsAnythingButANonNegativeNumberAsAFreshStream() {
        assertThat(StreamController.lastEventId(null, null)).isNull();
        assertThat(StreamController.lastEventId("abc", null)).isNull();
        assertThat(StreamController.lastEventId("-3", null)).isNull();
    }
}
