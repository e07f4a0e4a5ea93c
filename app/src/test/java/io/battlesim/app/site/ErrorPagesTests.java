package io.battlesim.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The error pages as Boot's error controller renders them. MockMvc performs no error dispatch, so these tests
 * request {@code /error} with the attributes the servlet container sets. The slice has no DispatcherServlet bean,
 * so Boot's per-status view resolver ({@code error/404.html}) is absent here; {@code SitePagesIntegrationTests}
 * covers it on a real server.
 */
@SiteWebTest
class ErrorPagesTests {

    private static final String SECRET_DETAIL = "token act.9f3a1234567890 rejected by io.battlesim.Internal";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CurrentUserFixture currentUser;

    @BeforeEach
    void signOut() {
        currentUser.signOut();
    }

    private String errorPage(int status, Exception exception) {
        var result = mvc.get()
                .uri("/error")
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, exception)
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, exception.getMessage())
                .exchange();
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void serverErrorPageShowsNoStackTraceNorExceptionMessage() {
        String page = errorPage(500, new IllegalStateException(SECRET_DETAIL));

        assertThat(page)
                .contains("Something went wrong on our side")
                .contains("href=\"/\"")
                .doesNotContain("act.9f3a", "IllegalStateException", "Exception", "io.battlesim")
                .doesNotContainPattern("at [\\w.$]+\\(");
    }

    @Test
    void clientErrorPageExplainsWhatToDo() {
        String page = errorPage(400, new IllegalArgumentException(SECRET_DETAIL));

        assertThat(page).contains("We couldn't handle that request").doesNotContain("act.9f3a");
    }

    @Test
    void unknownPageIsANotFound() {
        assertThat(mvc.get().uri("/no-such-page").accept(MediaType.TEXT_HTML)).hasStatus(404);
    }
}
