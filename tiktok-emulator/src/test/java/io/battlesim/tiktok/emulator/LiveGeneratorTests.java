package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LiveGeneratorTests {

    private static final Instant START = Instant.parse("2026-01-12T20:00:00Z");
    private static final String THREAD_PREFIX = "tiktok-emulator-live-generator-";

    private static TikTokEmulator emulator(long seed, double pace) {
        return TikTokEmulator.builder()
                .seed(seed)
                .clock(new MutableClock(START))
                .livePace(pace)
                .build();
    }

    /** The first frames of a room's stream, generated at a high pace. */
    private static List<JsonNode> firstFrames(TikTokEmulator emulator, String username, int count) {
        RecordingListener listener = new RecordingListener();
        emulator.live().subscribe(emulator.live().room(username).orElseThrow().roomId(), 0, listener);
        emulator.live().pace(username, 1000);
        return listener.take(count);
    }

    private static Set<Thread> generatorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(THREAD_PREFIX))
                .collect(Collectors.toSet());
    }

    @Test
    void generatesTheSameStreamForTheSameSeed() {
        try (TikTokEmulator first = emulator(7, 0);
                TikTokEmulator second = emulator(7, 0)) {
            List<JsonNode> a = firstFrames(first, "mia.moves", 300);
            List<JsonNode> b = firstFrames(second, "mia.moves", 300);

            assertThat(a).isEqualTo(b);
            assertThat(a).extracting(frame -> frame.get("type").asString()).contains("gift", "like", "chat");
        }
    }

    @Test
    void generatesAnotherStreamForAnotherSeed() {
        try (TikTokEmulator first = emulator(7, 0);
                TikTokEmulator second = emulator(8, 0)) {
            assertThat(firstFrames(first, "mia.moves", 50)).isNotEqualTo(firstFrames(second, "mia.moves", 50));
        }
    }

    @Test
    void startsNoThreadWhileNoRoomHasAPace() {
        Set<Thread> before = generatorThreads();

        try (TikTokEmulator quiet = emulator(7, 0)) {
            assertThat(quiet.live().generatorRunning()).isTrue();
            assertThat(generatorThreads()).isEqualTo(before);
        }
    }

    @Test
    void stopsItsThreadWhenTheEmulatorCloses() {
        Set<Thread> before = generatorThreads();
        TikTokEmulator busy = emulator(7, 5);
        firstFrames(busy, "ava.sparks", 5);
        Set<Thread> started = generatorThreads();
        started.removeAll(before);

        busy.close();

        assertThat(started).hasSize(1);
        assertThat(started).noneMatch(Thread::isAlive);
        assertThat(busy.live().generatorRunning()).isFalse();
    }

    @Test
    void stopsWhenTheServerCloses() {
        Set<Thread> before = generatorThreads();
        TikTokEmulator busy = emulator(7, 5);
        EmulatorServer server = EmulatorServer.start(busy, 0);
        firstFrames(busy, "ava.sparks", 5);
        Set<Thread> started = generatorThreads();
        started.removeAll(before);

        server.close();

        assertThat(started).hasSize(1).noneMatch(Thread::isAlive);
    }

    @Test
    void pausesAndResumes() {
        try (TikTokEmulator busy = emulator(7, 5)) {
            busy.live().stopGenerator();
            assertThat(busy.live().generatorRunning()).isFalse();

            busy.live().startGenerator();

            assertThat(busy.live().generatorRunning()).isTrue();
            assertThat(firstFrames(busy, "leo.beats", 10)).hasSize(10);
        }
    }

    @Test
    void givesEveryRoomADemoPaceByDefault() {
        try (TikTokEmulator demo = TikTokEmulator.builder().build()) {
            assertThat(demo.live().rooms())
                    .extracting(LiveRoom::eventsPerSecond)
                    .allMatch(pace -> pace >= 3 && pace <= 8);
        }
    }
}
