package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.battlesim.tiktok.emulator.publish.MegabyteReading;
import io.battlesim.tiktok.emulator.publish.PublishLimits;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ChunkPlan#forSize(long)} against the offline emulator under both readings of TikTok's "MB" (facts §4.6),
 * at the sizes where the two readings draw their boundaries apart: the plans must hold whichever TikTok means.
 */
class ChunkPlanContractTests {

    private static final long MB = 1_000_000L;
    private static final long MIB = 1L << 20;
    private static final String INIT = "/v2/post/publish/video/init/";
    private static final Map<MegabyteReading, Session> SESSIONS = new EnumMap<>(MegabyteReading.class);

    /**
     * A running emulator that reads MB one way, a creator's token on it, and a client without the 6 inits a minute
     * TikTok allows (the emulator's limit is raised too).
     */
    private record Session(EmulatorFixture tiktok, ContentPosting posting, String token) {

        static Session start(MegabyteReading reading) {
            EmulatorFixture tiktok = EmulatorFixture.startForPublishing(builder -> builder.megabyteReading(reading)
                    .rateLimit(INIT, 1000)
                    .publishLimits(new PublishLimits(1000, 5, 5, Duration.ofHours(1))));
            ContentPosting posting = tiktok.client()
                    .newBuilder()
                    .rateLimitMode(RateLimitMode.OFF)
                    .build()
                    .contentPosting();
            return new Session(
                    tiktok,
                    posting,
                    tiktok.signIn("ava.sparks", EmulatorFixture.PUBLISH_SCOPES).accessToken());
        }

        PublishTicket init(ChunkPlan plan) {
            return posting.initDirectVideo(token, PostInfo.of(null, "SELF_ONLY"), MediaSource.fileUpload(plan));
        }
    }

    private static synchronized Session session(MegabyteReading reading) {
        return SESSIONS.computeIfAbsent(reading, Session::start);
    }

    @AfterAll
    static void stopEmulators() {
        SESSIONS.values().forEach(session -> session.tiktok().close());
    }

    static Stream<Arguments> boundarySizes() {
        return underBothReadings(
                1,
                5 * MB - 1,
                5 * MB,
                5 * MB + 1,
                5 * MIB - 1,
                5 * MIB,
                5 * MIB + 1,
                64 * MB - 1,
                64 * MB,
                64 * MB + 1,
                64 * MIB - 1,
                64 * MIB,
                64 * MIB + 1,
                128 * MB - 1,
                128 * MB,
                128 * MB + 1,
                128 * MIB - 1,
                128 * MIB,
                128 * MIB + 1,
                4_000_000_000L);
    }

    static Stream<Arguments> uploadedSizes() {
        return underBothReadings(5 * MB + 1, 5 * MIB + 1, 64 * MB + 1, 64 * MIB + 1);
    }

    private static Stream<Arguments> underBothReadings(long... sizes) {
        return Arrays.stream(MegabyteReading.values())
                .flatMap(reading -> LongStream.of(sizes).mapToObj(size -> arguments(reading, size)));
    }

    @ParameterizedTest(name = "MB read as {0}: {1} bytes")
    @MethodSource("boundarySizes")
    void tikTokAcceptsThePlannedChunksAtInit(MegabyteReading reading, long size) {
        ChunkPlan plan = ChunkPlan.forSize(size);

        PublishTicket ticket = session(reading).init(plan);

        assertThat(ticket.uploadUrl()).as("%s", plan).isPresent();
    }

    @ParameterizedTest(name = "MB read as {0}: {1} bytes")
    @MethodSource("boundarySizes")
    void tikTokAcceptsTheSmallestChunksThePlanAllows(MegabyteReading reading, long size) {
        ChunkPlan plan = ChunkPlan.forSize(size, 1);

        PublishTicket ticket = session(reading).init(plan);

        assertThat(ticket.uploadUrl()).as("%s", plan).isPresent();
    }

    @ParameterizedTest(name = "MB read as {0}: {1} bytes")
    @MethodSource("uploadedSizes")
    void tikTokTakesEveryPlannedChunk(MegabyteReading reading, long size) {
        Session session = session(reading);
        ChunkPlan plan = ChunkPlan.forSize(size);
        PublishTicket ticket = session.init(plan);

        UploadResult upload = session.posting()
                .upload(ticket.uploadUrl().orElseThrow(), plan, GeneratedVideo.of(size), UploadListener.none());

        assertThat(upload.chunksSent()).isEqualTo(plan.totalChunkCount());
        assertThat(session.posting()
                        .fetchStatus(session.token(), ticket.publishId())
                        .uploadedBytes())
                .isEqualTo(size);
    }

    static Stream<Arguments> plansOnlyTheOtherReadingAccepts() {
        return Stream.of(
                arguments(MegabyteReading.BINARY, ChunkPlan.of(10 * MB, 5 * MB)),
                arguments(MegabyteReading.DECIMAL, ChunkPlan.of(128 * MIB, 64 * MIB)),
                arguments(MegabyteReading.DECIMAL, ChunkPlan.of(64 * MIB, 64 * MIB)));
    }

    // What these tests guard against: a plan that relies on one reading is refused under the other.
    @ParameterizedTest(name = "MB read as {0}: {1}")
    @MethodSource("plansOnlyTheOtherReadingAccepts")
    void isRefusedAPlanThatHoldsOnlyUnderTheOtherReading(MegabyteReading reading, ChunkPlan plan) {
        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> session(reading).init(plan))
                .satisfies(e -> {
                    assertThat(e.isInvalidParams()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
    }
}
