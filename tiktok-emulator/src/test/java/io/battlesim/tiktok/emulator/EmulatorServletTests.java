package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The servlet adapter, driven with minimal hand-made servlet objects (no container needed). */
class EmulatorServletTests {

    private final TikTokEmulator emulator = TikTokEmulator.builder().livePace(0).build();
    private final EmulatorServlet servlet = new EmulatorServlet(emulator);

    EmulatorServletTests() {
        emulator.setPublicBaseUrl("http://localhost:5000/emulator");
        emulator.apps().register(EmulatorHarness.WEB);
    }

    @Test
    void passesTheFormBodyThroughToTheTokenEndpoint() throws IOException {
        String body = "client_key=sbawtestweb&client_secret=web-secret-9f3a7c1d2e&grant_type=client_credentials";
        FakeResponse response = new FakeResponse();

        servlet.service(
                request(
                        "POST",
                        "/v2/oauth/token/",
                        null,
                        Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        body),
                response.proxy());

        assertThat(response.status).isEqualTo(200);
        assertThat(response.contentType).startsWith("application/json");
        assertThat(response.headers).containsKey("x-tt-logid");
        assertThat(response.body()).contains("\"access_token\":\"clt.");
    }

    @Test
    void usesThePathInfoAndDecodesTheQueryString() throws IOException {
        FakeResponse response = new FakeResponse();

        servlet.service(
                request(
                        "GET",
                        "/v2/auth/authorize/",
                        "client_key=sbawtestweb&response_type=code"
                                + "&scope=user.info.basic%2Cvideo.list&state=s&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback%2F",
                        Map.of(),
                        ""),
                response.proxy());

        assertThat(response.status).isEqualTo(200);
        assertThat(response.body())
                .contains("action=\"http://localhost:5000/emulator/v2/auth/authorize/\"")
                .contains("Read your public videos");
    }

    @Test
    void servesTheStatusPageWithoutPathInfo() throws IOException {
        FakeResponse response = new FakeResponse();

        servlet.service(request("GET", null, null, Map.of(), ""), response.proxy());

        assertThat(response.status).isEqualTo(200);
        assertThat(response.body()).contains("TikTok emulator");
    }

    @Test
    void answers400ForABrokenQueryString() throws IOException {
        FakeResponse response = new FakeResponse();

        servlet.service(request("GET", "/v2/user/info/", "fields=%zz", Map.of(), ""), response.proxy());

        assertThat(response.status).isEqualTo(400);
    }

    @Test
    void abortsTheResponseToDropTheConnection() {
        emulator.faults(new FaultSettings(Duration.ZERO, 0, 0, 1));
        FakeResponse response = new FakeResponse();

        assertThatIOException()
                .isThrownBy(
                        () -> servlet.service(request("GET", "/v2/user/info/", null, Map.of(), ""), response.proxy()));
        assertThat(response.headers).containsEntry("connection", "close");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void readsTheBodyOfARequestItRefusesToTheEnd() throws IOException {
        // More than Tomcat swallows (2 MiB) before it closes the connection under a client that is still sending.
        BodyStream body = new BodyStream(new byte[3 << 20]);
        FakeResponse response = new FakeResponse();

        servlet.service(request("PUT", "/v2/nowhere/", null, Map.of(), body), response.proxy());

        assertThat(response.status).isEqualTo(404);
        assertThat(body.isFinished()).isTrue();
        assertThat(response.headers).doesNotContainKey("connection");
    }

    private static HttpServletRequest request(
            String method,
            @Nullable String pathInfo,
            @Nullable String query,
            Map<String, String> headers,
            String body) {
        return request(method, pathInfo, query, headers, new BodyStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpServletRequest request(
            String method,
            @Nullable String pathInfo,
            @Nullable String query,
            Map<String, String> headers,
            ServletInputStream input) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                EmulatorServletTests.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, call, args) -> switch (call.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> pathInfo;
                    case "getQueryString" -> query;
                    case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                    case "getHeaders" -> Collections.enumeration(java.util.List.of(headers.get((String) args[0])));
                    case "getInputStream" -> input;
                    default -> throw new UnsupportedOperationException(call.getName());
                });
    }

    private static final class BodyStream extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        BodyStream(byte[] body) {
            this.bytes = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class FakeResponse {

        int status;
        String contentType = "";
        final Map<String, String> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream output = new ByteArrayOutputStream();

        String body() {
            return output.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse proxy() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    output.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(
                    EmulatorServletTests.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, call, args) -> {
                        switch (call.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setContentType" -> contentType = (String) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "setContentLength", "flushBuffer" -> {}
                            case "getOutputStream" -> {
                                return stream;
                            }
                            default -> throw new UnsupportedOperationException(call.getName());
                        }
                        return null;
                    });
        }
    }
}
