package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.UncheckedIOException;
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
    void stopsAnsweringOnceClosed() {
        EmulatorHarness harness = EmulatorHarness.start();
        harness.close();

        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> harness.get("/"));
    }
}
