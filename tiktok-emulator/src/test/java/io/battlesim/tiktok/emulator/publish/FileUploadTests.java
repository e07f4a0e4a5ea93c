package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.publish.PublishHarness.AUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.MIB;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.code;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class FileUploadTests {

    private final PublishHarness harness = PublishHarness.start();
    private final String token = harness.token(AUDITED, PublishHarness.PUBLIC_CREATOR);

    @AfterEach
    void stop() {
        harness.close();
    }

    private JsonNode init(long size, long chunk, long count) {
        HttpResponse<String> response = harness.post(
                "/v2/post/publish/video/init/",
                token,
                PublishHarness.fileUploadVideo("PUBLIC_TO_EVERYONE", size, chunk, count));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("data");
    }

    @Test
    void answers206UntilTheLastChunkAnd201AfterIt() {
        long size = 12 * MIB + 123;
        JsonNode data = init(size, 5 * MIB, 2);
        URI url = URI.create(data.get("upload_url").asString());

        HttpResponse<String> first = harness.putChunk(url, 0, 5 * MIB - 1, size);
        HttpResponse<String> last = harness.putChunk(url, 5 * MIB, size - 1, size);

        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("content-range")).hasValue("bytes 0-" + (5 * MIB - 1) + "/" + size);
        assertThat(last.statusCode()).isEqualTo(201);
        assertThat(last.headers().firstValue("content-range")).hasValue("bytes 0-" + (size - 1) + "/" + size);
        JsonNode status = harness.awaitStatus(token, data.get("publish_id").asString(), "PUBLISH_COMPLETE");
        assertThat(status.get("uploaded_bytes").asLong()).isEqualTo(size);
        assertThat(status.get("publicaly_available_post_id")).hasSize(1);
    }

    @Test
    void returnsADirectPostPublishIdAndAnUploadUrlOnTheEmulator() {
        JsonNode data = init(1000, 1000, 1);

        assertThat(data.get("publish_id").asString()).startsWith("v_pub_file~v2-1.");
        assertThat(data.get("upload_url").asString())
                .startsWith(harness.server.baseUrl() + "/upload/video/?upload_id=")
                .contains("&upload_token=")
                .hasSizeLessThanOrEqualTo(256);
    }

    @Test
    void takesASmallFileInOnePut() {
        JsonNode data = init(1000, 1000, 1);

        HttpResponse<String> response =
                harness.putChunk(URI.create(data.get("upload_url").asString()), 0, 999, 1000);

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "chunk that does not start where the upload stands, 100, 199, 1000, 416",
        "chunk that ends before the planned chunk end, 0, 499, 1000, 416",
        "chunk that runs past the planned chunk end, 0, 999, 1001, 400",
        "total that differs from video_size, 0, 999, 2000, 400",
    })
    void refusesAWrongRange(String what, long first, long last, long total, int status) {
        JsonNode data = init(1000, 1000, 1);

        HttpResponse<String> response =
                harness.putChunk(URI.create(data.get("upload_url").asString()), first, last, total);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-range")).hasValue("bytes */1000");
    }

    @Test
    void refusesAChunkOutOfSequence() {
        long size = 10 * MIB + 1;
        URI url = URI.create(init(size, 5 * MIB, 2).get("upload_url").asString());

        HttpResponse<String> response = harness.putChunk(url, 5 * MIB, size - 1, size);

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(code(response)).isEqualTo("content_range_mismatch");
    }

    @Test
    void refusesAChunkAgainAfterItArrivedAndSaysWhatItHas() {
        long size = 10 * MIB + 1;
        URI url = URI.create(init(size, 5 * MIB, 2).get("upload_url").asString());
        harness.putChunk(url, 0, 5 * MIB - 1, size);

        HttpResponse<String> again = harness.putChunk(url, 0, 5 * MIB - 1, size);

        assertThat(again.statusCode()).isEqualTo(416);
        assertThat(again.headers().firstValue("content-range")).hasValue("bytes 0-" + (5 * MIB - 1) + "/" + size);
    }

    @Test
    void refusesABodyWhoseLengthDiffersFromTheRange() {
        URI url = URI.create(init(1000, 1000, 1).get("upload_url").asString());

        HttpResponse<String> response = harness.put(url, "video/mp4", "bytes 0-999/1000", new byte[500]);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("invalid_chunk");
    }

    @Test
    void refusesABodyShorterThanItsContentLength() throws IOException {
        URI url = URI.create(init(1000, 1000, 1).get("upload_url").asString());
        String status;
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: video/mp4\r\nContent-Range: bytes 0-999/1000\r\nContent-Length: 1000\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[400]);
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            status = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\r\n", 2)[0];
        }

        assertThat(status).contains(" 400 ");
        assertThat(harness.publishing.recentTasks().get(0).uploadedBytes()).isZero();
    }

    @Test
    void refusesAnythingButAVideoContentType() {
        URI url = URI.create(init(1000, 1000, 1).get("upload_url").asString());

        HttpResponse<String> response =
                harness.put(url, "application/octet-stream", "bytes 0-999/1000", new byte[1000]);

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void refusesAMissingContentRange() {
        URI url = URI.create(init(1000, 1000, 1).get("upload_url").asString());

        HttpResponse<String> response = harness.send(java.net.http.HttpRequest.newBuilder(url)
                .header("Content-Type", "video/mp4")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[1000]))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void expiresTheUploadUrlAfterAnHourOnTheEmulatorClock() {
        URI url = URI.create(init(1000, 1000, 1).get("upload_url").asString());
        harness.clock.advance(Duration.ofHours(1));

        HttpResponse<String> response = harness.putChunk(url, 0, 999, 1000);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(code(response)).isEqualTo("upload_url_expired");
    }

    @Test
    void acceptsChunksUntilTheHourIsUp() {
        URI url = URI.create(init(1000, 1000, 1).get("upload_url").asString());
        harness.clock.advance(Duration.ofMinutes(59));

        assertThat(harness.putChunk(url, 0, 999, 1000).statusCode()).isEqualTo(201);
    }

    @Test
    void answers404ForAnUnknownUploadOrAWrongToken() {
        URI url = URI.create(init(1000, 1000, 1).get("upload_url").asString());
        URI wrongToken = URI.create(url.toString().replaceAll("upload_token=[0-9a-f]+", "upload_token=00"));
        URI unknown = URI.create(harness.server.baseUrl() + "/upload/video/?upload_id=1&upload_token=00");

        assertThat(harness.putChunk(wrongToken, 0, 999, 1000).statusCode()).isEqualTo(404);
        assertThat(harness.putChunk(unknown, 0, 999, 1000).statusCode()).isEqualTo(404);
    }

    @Test
    void reportsUploadedBytesWhileTheUploadIsUnderWay() {
        long size = 10 * MIB + 1;
        JsonNode data = init(size, 5 * MIB, 2);
        harness.putChunk(URI.create(data.get("upload_url").asString()), 0, 5 * MIB - 1, size);

        JsonNode status =
                json(harness.status(token, data.get("publish_id").asString())).get("data");

        assertThat(status.get("status").asString()).isEqualTo("PROCESSING_UPLOAD");
        assertThat(status.get("uploaded_bytes").asLong()).isEqualTo(5 * MIB);
    }
}
