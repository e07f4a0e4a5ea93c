package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class EmulatorServerTests {

    @Test
    void listensOnLoopbackAndSetsThePublicBaseUrl() {
        try (EmulatorHarness harness = EmulatorHarness.start()) {
            assertThat(harness.server.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(harness.get("/").body()).contains("<code>" + harness.server.baseUrl() + "</code>");
        }
    }

    @Test
    void answers405WithAllowForAnUnsupportedMethod() {
        try (EmulatorHarness harness = EmulatorHarness.start()) {
            HttpResponse<String> response = harness.get("/v2/oauth/token/");

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("allow")).hasValue("POST");
        }
    }

    @Test
    void readsABodyItDidNotNeedSoTheAnswerArrivesAndTheConnectionStaysOpen() throws IOException {
        try (EmulatorHarness harness = EmulatorHarness.start()) {
            URI base = harness.server.baseUrl();
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                // Far more than the JDK server reads of a body the handler left: without reading it all, the
                // server would answer and close while the body still arrives, and the client would get a reset.
                String unknownPath = RawHttp.exchange(socket, "PUT", "/v2/nowhere/", new byte[5 << 20]);
                String statusPage = RawHttp.exchange(socket, "GET", "/", new byte[0]);

                assertThat(unknownPath).startsWith("HTTP/1.1 404 ");
                assertThat(statusPage).startsWith("HTTP/1.1 200 ");
            }
        }
    }

    @Test
    void stopsAnsweringOnceClosed() {
        EmulatorHarness harness = EmulatorHarness.start();
        harness.close();

        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> harness.get("/"));
    }
}
