package io.battlesim.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The site's pages, assets and API description on a real server, behind the real security configuration. */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class SitePagesIntegrationTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String BASE = "http://localhost:" + PORT;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("battlesim-site-");
        dataDir.toFile().deleteOnExit();
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> BASE);
        registry.add("app.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:site-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept", accept)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
        return get(path, "text/html");
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void homeOffersConnectTikTokToAnonymousVisitors() throws Exception {
        HttpResponse<String> home = getPage("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("data-testid=\"connect-tiktok\"", "data-testid=\"offline-banner\"");
    }

    @Test
    void pagesAllowOnlyTheAppsOwnScriptsAndSendNoFullReferrer() throws Exception { // GH-10
        for (String path : new String[] {"/", "/battles", "/battles/new", "/privacy", "/no-such-page"}) {
            HttpResponse<String> page = getPage(path);

            assertThat(page.headers().allValues("Content-Security-Policy"))
                    .as(path)
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("default-src 'self'", "script-src 'self';", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(page.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("strict-origin-when-cross-origin");
        }
    }

    @Test
    void leavesTheEmulatorsOwnPolicyAloneAndLetsSwaggerUiStyleItself() throws Exception { // GH-10
        HttpResponse<String> emulator = getPage("/emulator/");
        HttpResponse<String> docs = getPage("/docs");

        assertThat(emulator.headers().allValues("Content-Security-Policy"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("default-src 'none'");
        assertThat(docs.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("style-src 'self' 'unsafe-inline'", "script-src 'self';"));
    }

    @Test
    void privacyAndTermsArePublic() throws Exception {
        assertThat(getPage("/privacy").statusCode()).isEqualTo(200);
        assertThat(getPage("/terms").statusCode()).isEqualTo(200);
    }

    @Test
    void servesTheStylesheetAndHtmxFromTheWebJar() throws Exception {
        HttpResponse<String> css = get("/css/app.css", "text/css");
        HttpResponse<String> htmx = get("/webjars/htmx.org/dist/htmx.min.js", "*/*");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(contentType(css)).startsWith("text/css");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(contentType(htmx)).contains("javascript");
        assertThat(htmx.body()).contains("htmx");
    }

    @Test
    void unknownAssetGetsTheFriendlyNotFoundPage() throws Exception {
        HttpResponse<String> missing = getPage("/css/no-such-file.css");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(contentType(missing)).startsWith("text/html");
        assertThat(missing.body())
                .contains("This page doesn't exist", "href=\"/\"")
                .doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void docsIsTheSitesOwnPageAroundSwaggerUi() throws Exception { // GH-15
        HttpResponse<String> docs = getPage("/docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains("class=\"site-header\"", "href=\"/\"", "data-spec-url=\"/api/openapi\"")
                .containsPattern("src=\"/webjars/swagger-ui/[0-9.]+/swagger-ui-bundle\\.js\"")
                .contains("src=\"/js/docs.js\"")
                .doesNotContain("<script>");
        assertThat(get("/webjars/swagger-ui/swagger-ui-bundle.js", "*/*").statusCode())
                .isEqualTo(200);
        assertThat(get("/webjars/swagger-ui/swagger-ui.css", "text/css").statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyApiTagHasAChosenNameAndADescription() throws Exception { // GH-15
        JsonNode spec = JsonMapper.builder()
                .build()
                .readTree(get("/api/openapi", "application/json").body());
        Map<String, String> declared = new HashMap<>();
        spec.get("tags")
                .forEach(tag -> declared.put(
                        tag.get("name").asString(), tag.path("description").asString("")));
        Set<String> used = new TreeSet<>();
        spec.get("paths")
                .forEach(path ->
                        path.forEach(operation -> operation.path("tags").forEach(tag -> used.add(tag.asString()))));

        assertThat(used).contains("Publishing").noneMatch(tag -> tag.endsWith("-controller"));
        assertThat(used).allSatisfy(tag -> assertThat(declared.get(tag)).as(tag).isNotBlank());
    }

    @Test
    void describesTheApiAsJson() throws Exception {
        HttpResponse<String> spec = get("/api/openapi", "application/json");

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(contentType(spec)).startsWith("application/json");
        assertThat(spec.body())
                .contains("\"title\":\"TikTok Battle Simulator API\"")
                .contains("\"url\":\"" + BASE + "\"")
                .contains("\"appSession\":{\"type\":\"http\"", "\"scheme\":\"bearer\"")
                .contains("/api/auth/status");
    }

    @Test
    void describesNoCsrfQueryParameterTheApiDoesNotTake() throws Exception { // GH-10
        HttpResponse<String> spec = get("/api/openapi", "application/json");

        assertThat(spec.body()).contains("/api/auth/status").doesNotContain("\"name\":\"csrf\"");
    }

    @Test
    void describesTheApiAsYaml() throws Exception {
        HttpResponse<String> spec = get("/api/openapi.yaml", "*/*");

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(contentType(spec)).startsWith("application/vnd.oai.openapi");
        assertThat(spec.body()).startsWith("openapi: 3").contains("title: TikTok Battle Simulator API");
    }

    @Test
    void answersAnonymousCallsToUnknownApiPathsWithProblemJson() throws Exception {
        HttpResponse<String> response = get("/api/no-such-endpoint", "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(contentType(response)).startsWith("application/problem+json");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() throws Exception { // GH-10
        HttpResponse<String> page = getPage("/error");
        HttpResponse<String> json = get("/error", "application/json");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("This page doesn't exist").doesNotContain("999", "Whitelabel");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(contentType(json)).startsWith("application/problem+json");
        assertThat(json.body()).contains("\"status\":404", "\"title\":\"Not Found\"");
    }

    @Test
    void anUndecodableQueryStringOnTheApiIsABadRequest() throws Exception { // GH-10
        String response = raw("GET /api/battles?status=%zz&limit=% HTTP/1.1", "application/json");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(body(response)).contains("\"title\":\"Malformed parameters\"");
    }

    @Test
    void anApiAddressTheFirewallRejectsGetsAProblemDetail() throws Exception { // GH-10
        HttpResponse<String> response = get("/api//battles", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"title\":\"Bad Request\"", "\"instance\":\"/api//battles\"");
    }

    @Test
    void aWildcardContentTypeIsUnsupportedOnTheApiAndOnPages() throws Exception { // GH-10
        String api = sent("POST /api/battles HTTP/1.1\r\nContent-Type: */*\r\nAccept: application/json\r\n"
                + "Content-Length: 2\r\n\r\n{}");
        String page = sent("POST /battles HTTP/1.1\r\nContent-Type: application/*\r\nAccept: text/html\r\n"
                + "Content-Length: 3\r\n\r\na=b");

        assertThat(api).startsWith("HTTP/1.1 415");
        assertThat(header(api, "Content-Type")).startsWith("application/problem+json");
        assertThat(body(api)).contains("\"title\":\"Unsupported Media Type\"");
        assertThat(page).startsWith("HTTP/1.1 415");
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(page).contains("We couldn't handle that request").doesNotContain("Exception");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aBodyCutShortOfItsLengthOrWithBrokenChunksIsABadRequestNotAnError(CapturedOutput output)
            throws Exception { // GH-10
        String cutShort = sent("POST /webhooks/tiktok HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"event\":");
        String brokenChunks = sent("POST /webhooks/tiktok HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        for (String response : new String[] {cutShort, brokenChunks}) {
            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
            assertThat(body(response)).contains("\"title\":");
        }
        assertThat(output).doesNotContain("Unexpected failure", "ClientAbortException", "BadRequestException");
    }

    @Test
    void aMalformedAddressGetsTheSitesOwnPageWithoutEchoingIt() throws Exception {
        String response = raw("GET /battles?name=<script>x</script> HTTP/1.1", "text/html");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(header(response, "Content-Type")).startsWith("text/html");
        assertThat(response)
                .contains("We couldn't read that address", "must be percent-encoded", "href=\"/css/app.css\"")
                .doesNotContain("<script>", "Tomcat", "HTTP Status 400");
    }

    @Test
    void aStrayPercentInAnAddressGetsTheSamePage() throws Exception {
        String response = raw("GET /battles/%zz HTTP/1.1", "text/html");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("We couldn't read that address").doesNotContain("Tomcat");
    }

    @Test
    void anUnsupportedProtocolVersionIsABadRequestNotAServerError() throws Exception { // GH-10
        String response = raw("GET /battles HTTP/1.7", "text/html");
        String api = raw("GET /api/battles HTTP/2.0", "application/json");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response)
                .contains("We couldn't read that request", "this server speaks HTTP/1.1")
                .doesNotContain("Tomcat");
        assertThat(api).startsWith("HTTP/1.1 400");
        assertThat(header(api, "Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aMalformedApiAddressGetsAProblemDetail() throws Exception {
        String response = raw("GET /api/battles/%zz HTTP/1.1", "application/json");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(body(response))
                .contains("\"status\":400", "\"title\":\"Bad Request\"", "must be percent-encoded")
                .doesNotContain("%zz");
    }

    @Test
    void anUndecodableFormSentWithPutIsRefusedNotAServerError() throws Exception { // GH-10
        String response = sent("PUT /webhooks/tiktok HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Accept: application/json\r\nContent-Length: 5\r\n\r\n%zz=1");

        assertThat(response).startsWith("HTTP/1.1 405");
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aWebhookAddressTomcatRejectsGetsAProblemDetailToo() throws Exception { // GH-10
        String response = raw("POST /webhooks/tiktok%2Fother HTTP/1.1", "text/html");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void connectIsAMethodNotAllowedRatherThanAServerError() throws Exception { // GH-10
        String api = raw("CONNECT /api/battles HTTP/1.1", "application/json");
        String page = raw("CONNECT / HTTP/1.1", "text/html");

        assertThat(api).startsWith("HTTP/1.1 405");
        assertThat(header(api, "Content-Type")).startsWith("application/problem+json");
        assertThat(header(api, "Allow")).contains("GET");
        assertThat(page).startsWith("HTTP/1.1 405");
        assertThat(page).contains("We couldn't handle that request").doesNotContain("Tomcat");
    }

    @Test
    void aRequestLineTooBrokenToReadItsPathGetsThePage() throws Exception {
        // Tomcat stops reading at the '<', before the path and the headers: nothing says this is an API call
        String response = raw("GET /api/battles?status=<live> HTTP/1.1", "application/json");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("We couldn't read that address").doesNotContain("<live>", "Tomcat");
    }

    /** Sends a request line no HTTP client library would send (they refuse to build such URIs). */
    private static String raw(String requestLine, String accept) throws IOException {
        try (Socket socket = new Socket("localhost", PORT)) {
            socket.setSoTimeout(10_000);
            String request = requestLine + "\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Sends a whole request (line, headers, body) and closes the sending side, so a short body ends there. */
    private static String sent(String request) throws IOException {
        try (Socket socket = new Socket("localhost", PORT)) {
            socket.setSoTimeout(10_000);
            String withHost = request.replaceFirst("\r\n", "\r\nHost: localhost\r\nConnection: close\r\n");
            socket.getOutputStream().write(withHost.getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String header(String response, String name) {
        return response.lines()
                .takeWhile(line -> !line.isEmpty())
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip())
                .findFirst()
                .orElse("");
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }
}
