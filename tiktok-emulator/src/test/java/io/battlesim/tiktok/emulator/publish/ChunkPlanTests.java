package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.publish.PublishHarness.AUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chunk plans the emulator accepts at init, around every boundary of §4.6, with MB read as MiB. */
class ChunkPlanTests {

    private static final long MIB = PublishHarness.MIB;
    private static final PublishHarness harness =
            PublishHarness.start(builder -> builder.rateLimit("/v2/post/publish/video/init/", 1000)
                    .publishLimits(new PublishLimits(1000, 5, 5, java.time.Duration.ofHours(1))));
    private static final String token = harness.token(AUDITED, "ava.sparks");

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static HttpResponse<String> init(long size, long chunk, long count) {
        return harness.post(
                "/v2/post/publish/video/init/", token, PublishHarness.fileUploadVideo("SELF_ONLY", size, chunk, count));
    }

    @ParameterizedTest(name = "size {0} MiB + {1}, chunk {2} MiB + {3}, {4} chunks")
    @CsvSource({
        // whole uploads under 5 MiB
        "0, 1, 0, 1, 1",
        "4, 1048575, 4, 1048575, 1",
        // exactly 5 MiB and up: chunks of 5..64 MiB, count = floor(size / chunk)
        "5, 0, 5, 0, 1",
        "5, 1, 5, 0, 1",
        "10, 0, 5, 0, 2",
        "64, 0, 64, 0, 1",
        "64, 0, 5, 0, 12",
        "65, 0, 32, 0, 2",
        "128, 0, 64, 0, 2",
        "191, 0, 64, 0, 2",
        "4096, 0, 64, 0, 64",
        "4096, 0, 5, 0, 819",
    })
    void acceptsAPlanThatFollowsTikToksRules(long sizeMib, long sizeExtra, long chunkMib, long chunkExtra, long count) {
        HttpResponse<String> response = init(sizeMib * MIB + sizeExtra, chunkMib * MIB + chunkExtra, count);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource({
        "4, 1048575, 4, 0, 1, under 5 MiB but not whole",
        "4, 1048575, 4, 1048575, 2, under 5 MiB in two chunks",
        "5, 0, 4, 1048575, 1, chunk one byte under 5 MiB",
        "200, 0, 64, 1, 3, chunk one byte over 64 MiB",
        "20, 0, 5, 0, 3, count below floor(size / chunk)",
        "20, 0, 5, 0, 5, count above floor(size / chunk)",
        "65, 0, 64, 0, 1, over 64 MiB in one chunk",
        "65, 0, 65, 0, 1, over 64 MiB with a 65 MiB chunk",
        "192, 0, 64, 0, 2, last chunk over 128 MiB",
        "5005, 0, 5, 0, 1001, more than 1000 chunks (and over 4 GiB)",
        "4097, 0, 64, 0, 64, over 4 GiB",
        "0, 0, 0, 0, 1, empty file",
        "10, 0, 5, 0, 0, zero chunks",
    })
    void refusesAPlanThatBreaksARule(
            long sizeMib, long sizeExtra, long chunkMib, long chunkExtra, long count, String why) {
        HttpResponse<String> response = init(sizeMib * MIB + sizeExtra, chunkMib * MIB + chunkExtra, count);

        assertThat(response.statusCode()).as(why).isEqualTo(400);
        assertThat(code(response)).isEqualTo("invalid_param");
    }
}
