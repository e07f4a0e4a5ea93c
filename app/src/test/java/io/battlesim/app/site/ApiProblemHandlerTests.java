package io.battlesim.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

@SiteWebTest
@Import(ApiProblemHandlerTests.ProbeController.class)
class ApiProblemHandlerTests {

    private static final String INTERNAL_DETAIL = "database password is hunter2";

    @Autowired
    MockMvcTester mvc;

    @Test
    void answersMalformedJsonWithBadRequest() {
        assertThat(mvc.post()
                        .uri("/api/probe/greetings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.title", title -> title.assertThat().isEqualTo("Malformed request body"))
                .hasPathSatisfying("$.status", status -> status.assertThat().isEqualTo(400))
                .hasPathSatisfying(
                        "$.instance", instance -> instance.assertThat().isEqualTo("/api/probe/greetings"));
    }

    @Test
    void namesTheInvalidFieldOfAValidatedBody() {
        assertThat(mvc.post()
                        .uri("/api/probe/greetings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \" \"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying(
                        "$.detail", detail -> detail.assertThat().asString().contains("name"))
                .hasPathSatisfying(
                        "$.errors[0].field", field -> field.assertThat().isEqualTo("name"))
                .hasPathSatisfying(
                        "$.errors[0].message", message -> message.assertThat().isEqualTo("must not be blank"));
    }

    @Test
    void answersAnUnknownApiPathWithNotFound() {
        assertThat(mvc.get().uri("/api/no-such-endpoint").accept(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.status", status -> status.assertThat().isEqualTo(404))
                .hasPathSatisfying(
                        "$.detail",
                        detail -> detail.assertThat().isEqualTo("There is no API endpoint GET /api/no-such-endpoint."));
    }

    @Test
    void answersAnUnsupportedMethodWithMethodNotAllowedAndTheAllowedMethods() {
        assertThat(mvc.delete().uri("/api/probe/failure"))
                .hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("Allow", "GET");
    }

    @Test
    void hidesTheDetailsOfAnUnexpectedFailure() {
        var result = mvc.get().uri("/api/probe/failure").exchange();

        assertThat(result)
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.detail", detail -> detail.assertThat().isEqualTo(ApiProblems.GENERIC_DETAIL));
        assertThat(result).bodyText().doesNotContain("hunter2", "IllegalStateException", "ProbeController");
    }

    @Test
    void answersProblemJsonEvenWhenTheClientAsksForHtml() {
        assertThat(mvc.get().uri("/api/probe/failure").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void honoursResponseStatusOnAnException() {
        assertThat(mvc.get().uri("/api/probe/gone"))
                .hasStatus(HttpStatus.GONE)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.detail", detail -> detail.assertThat().isEqualTo("The greeting has expired."));
    }

    @Test
    void answersAnUnreadableMultipartBodyWithBadRequest() { // GH-10
        assertThat(mvc.post().uri("/api/probe/upload").param("size", "truncated"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.title", title -> title.assertThat().isEqualTo("Malformed multipart body"));
    }

    @Test
    void answersAnOversizedUploadWithContentTooLarge() { // GH-10
        assertThat(mvc.post().uri("/api/probe/upload").param("size", "huge"))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAFieldOutsideTheFormWithBadRequest() { // GH-10
        assertThat(mvc.post().uri("/api/probe/form").param("items[300]", "x"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.title", title -> title.assertThat().isEqualTo("Invalid field"));
    }

    @Test
    void answersWebhookFailuresWithProblemJsonToo() { // GH-10
        assertThat(mvc.get().uri("/webhooks/probe").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void sendsAClientErrorOfAPageToTheErrorPageWithItsStatus() { // GH-10
        var result = mvc.post()
                .uri("/probe-page/form")
                .param("items[300]", "x")
                .accept(MediaType.TEXT_HTML)
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponse().getContentType()).isNull();
    }

    @Test
    void leavesFailuresOfPagesToTheErrorPage() {
        assertThat(mvc.get().uri("/probe-page").accept(MediaType.TEXT_HTML))
                .hasFailed()
                .failure()
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void leavesUnknownPagesToTheErrorPage() {
        var result = mvc.get().uri("/no-such-page").accept(MediaType.TEXT_HTML).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result.getResponse().getContentType()).isNull();
    }

    record Greeting(@NotBlank String name) {}

    @ResponseStatus(code = HttpStatus.GONE, reason = "The greeting has expired.")
    static final class GreetingExpiredException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GreetingExpiredException() {
            super(INTERNAL_DETAIL);
        }
    }

    /** A form bean with a list, as the pages bind them. */
    public static class ProbeForm {

        private List<String> items = new ArrayList<>();

        public List<String> getItems() {
            return items;
        }

        public void setItems(List<String> items) {
            this.items = items;
        }
    }

    @TestComponent
    @RestController
    static class ProbeController {

        @PostMapping("/api/probe/upload")
        String upload(@RequestParam String size) {
            throw size.equals("huge")
                    ? new MaxUploadSizeExceededException(1024)
                    : new MultipartException(
                            "Failed to parse multipart servlet request", new IOException("Stream ended unexpectedly"));
        }

        @PostMapping({"/api/probe/form", "/probe-page/form"})
        String form(@ModelAttribute ProbeForm form) {
            return String.join(",", form.getItems());
        }

        @PostMapping("/webhooks/probe")
        String webhook() {
            return "ok";
        }

        @PostMapping("/api/probe/greetings")
        Greeting greet(@Valid @RequestBody Greeting greeting) {
            return greeting;
        }

        @GetMapping("/api/probe/failure")
        String fail() {
            throw new IllegalStateException(INTERNAL_DETAIL);
        }

        @GetMapping("/api/probe/gone")
        String gone() {
            throw new GreetingExpiredException();
        }

        @GetMapping("/probe-page")
        String failPage() {
            throw new IllegalStateException(INTERNAL_DETAIL);
        }
    }
}
