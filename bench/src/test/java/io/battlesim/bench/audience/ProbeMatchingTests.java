package io.battlesim.bench.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProbeMatchingTests {

    private static final long MS = 1_000_000;

    @Nested
    class ATrail {

        @Test
        void keepsOnlyRisingTotals() {
            ClientTrail trail = trail(10 * MS, 5, 20 * MS, 5, 30 * MS, 4, 40 * MS, 9);

            assertThat(trail.firstReached(5)).isEqualTo(10 * MS);
            assertThat(trail.firstReached(6)).isEqualTo(40 * MS);
            assertThat(trail.last()).isEqualTo(9);
        }

        @Test
        void findsTheFirstFrameReachingATotal() {
            ClientTrail trail = new ClientTrail();
            for (int i = 1; i <= 1000; i++) {
                trail.saw(i * MS, 3L * i);
            }

            assertThat(trail.firstReached(1)).isEqualTo(MS);
            assertThat(trail.firstReached(300)).isEqualTo(100 * MS);
            assertThat(trail.firstReached(301)).isEqualTo(101 * MS);
            assertThat(trail.reached(3001)).isFalse();
        }

        @Test
        void refusesATotalNeverReached() {
            assertThat(new ClientTrail().last()).isEqualTo(-1);
            assertThatIllegalStateException().isThrownBy(() -> new ClientTrail().firstReached(1));
        }
    }

    @Test
    void timesEachProbeToEachClient() {
        ClientTrail fast = trail(12 * MS, 1, 25 * MS, 3);
        ClientTrail slow = trail(40 * MS, 2, 90 * MS, 3);

        ProbeMatching.Deliveries deliveries = ProbeMatching.match(
                List.of(new ProbeMatching.Probe(10 * MS, 14 * MS, 1), new ProbeMatching.Probe(20 * MS, 24 * MS, 3)),
                List.of(fast, slow));

        // probe 1: 2 ms and 30 ms; probe 2: 5 ms and 70 ms
        assertThat(deliveries.complete()).isTrue();
        assertThat(deliveries.delivered()).isEqualTo(4);
        assertThat(deliveries.latencies().maxMillis()).isEqualTo(70.0);
        // a quantile is its 20 µs bucket's upper edge
        assertThat(deliveries.latencies().millisAt(0.25)).isCloseTo(2.0, within(0.02));
        assertThat(deliveries.latencies().millisAt(0.5)).isCloseTo(5.0, within(0.02));
        // after the answers: 0 (the fast client showed probe 1 before its answer), 1 ms, 26 ms and 66 ms
        assertThat(deliveries.afterAnswer().millisAt(0.25)).isCloseTo(0.0, within(0.02));
        assertThat(deliveries.afterAnswer().maxMillis()).isEqualTo(66.0);
    }

    @Test
    void countsAProbeAClientNeverShowed() {
        ClientTrail behind = trail(30 * MS, 4);
        ClientTrail current = trail(30 * MS, 5);

        ProbeMatching.Deliveries deliveries =
                ProbeMatching.match(List.of(new ProbeMatching.Probe(10 * MS, 11 * MS, 5)), List.of(behind, current));

        assertThat(deliveries.complete()).isFalse();
        assertThat(deliveries.expected()).isEqualTo(2);
        assertThat(deliveries.delivered()).isEqualTo(1);
        assertThat(deliveries.probesEverywhere()).isZero();
    }

    @Test
    void readsTheTotalOutOfAFrame() {
        byte[] frame = ("{\"version\":7,\"sides\":[{\"id\":\"s1\",\"score\":12}],\"audience\":{\"enabled\":true,"
                        + "\"totalVotes\":4321,\"voters\":17,\"sides\":[{\"sideId\":\"s1\",\"votes\":4000}]}}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(VoteTotals.totalVotes(frame, frame.length)).isEqualTo(4321);
        assertThat(VoteTotals.totalVotes(frame, 40)).isEqualTo(-1);
        assertThat(VoteTotals.totalVotes("{\"totalVotes\":null}")).isEqualTo(-1);
    }

    @Test
    void recordsFramesPerClient() {
        VoteTotals totals = new VoteTotals(2);
        byte[] frame = "{\"audience\":{\"totalVotes\":8}}".getBytes(StandardCharsets.UTF_8);

        totals.frame(1, frame, frame.length, 50 * MS);

        assertThat(totals.trails().get(0).last()).isEqualTo(-1);
        assertThat(totals.trails().get(1).firstReached(8)).isEqualTo(50 * MS);
    }

    private static ClientTrail trail(long... nanosAndTotals) {
        ClientTrail trail = new ClientTrail();
        for (int i = 0; i < nanosAndTotals.length; i += 2) {
            trail.saw(nanosAndTotals[i], nanosAndTotals[i + 1]);
        }
        return trail;
    }
}
