package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.publish.PublishHarness.AUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.code;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chunk plans the emulator accepts at init, around every boundary of §4.6, with MB read as MiB (the default)
 * and, where the readings differ, as 10^6 bytes.
 */
class ChunkPlanTests {

    private static final long MIB = PublishHarness.MIB;
    private static final PublishHarness harness = PublishHarness.start(ChunkPlanTests::roomy);
    private static final PublishHarness decimal =
            PublishHarness.start(builder -> roomy(builder).megabyteReading(MegabyteReading.DECIMAL));
    private static final String token = harness.token(AUDITED, "ava.sparks");
    private static final String decimalToken = decimal.token(AUDITED, "ava.sparks");

    @AfterAll
    static void stop() {
        harness.close();
        decimal.close();
    }

    private static TikTokEmulator.Builder roomy(TikTokEmulator.Builder builder) {
        return builder.rateLimit("/v2/post/publish/video/init/", 1000)
                .publishLimits(new PublishLimits(1000, 5, 5, java.time.Duration.ofHours(1)));
    }

    private static HttpResponse<String> init(long size, long chunk, long count) {
        return init(harness, token, size, chunk, count);
    }

    private static HttpResponse<String> init(
            PublishHarness emulator, String bearer, long size, long chunk, long count) {
        return emulator.post(
                "/v2/post/publish/video/init/",
                bearer,
                PublishHarness.fileUploadVideo("SELF_ONLY", size, chunk, count));
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource({
        "10000000, 5000000, 2, 400, 200, two 5 MB chunks: under 5 MiB each",
        "100000000, 5000000, 20, 400, 200, twenty 5 MB chunks",
        "64000001, 64000001, 1, 200, 400, one byte over 64 MB in one chunk",
        "67108864, 67108864, 1, 200, 400, 64 MiB in one chunk",
        "134217728, 67108864, 2, 200, 400, 64 MiB chunks",
        "4000000001, 64000000, 62, 200, 400, one byte over 4 GB but under 4 GiB",
        "5200000, 5200000, 1, 200, 200, between 5 MB and 5 MiB in one chunk",
        "64000000, 64000000, 1, 200, 200, 64 MB in one chunk",
        "128000000, 64000000, 2, 200, 200, 64 MB chunks",
    })
    void readsMegabytesAsItIsSetTo(long size, long chunk, long count, int binary, int decimalReading, String why) {
        HttpResponse<String> asMebibytes = init(harness, token, size, chunk, count);
        HttpResponse<String> asMillions = init(decimal, decimalToken, size, chunk, count);

        assertThat(asMebibytes.statusCode()).as("MiB: " + asMebibytes.body()).isEqualTo(binary);
        assertThat(asMillions.statusCode()).as("10^6: " + asMillions.body()).isEqualTo(decimalReading);
    }

    @Test
    void namesTheBytesOfAMegabyteInItsRefusal() {
        HttpResponse<String> response = init(decimal, decimalToken, 134_217_728, 67_108_864, 2);

        assertThat(json(response).at("/error/message").asString())
                .isEqualTo("chunk_size must be between 5 MB (5,000,000 bytes) and 64 MB (64,000,000 bytes).");
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
