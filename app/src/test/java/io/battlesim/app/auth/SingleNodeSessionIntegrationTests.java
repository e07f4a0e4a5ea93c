package io.battlesim.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** A single node (the default) keeps the servlet container's in-memory sessions: Spring Session stays out of it. */
class SingleNodeSessionIntegrationTests extends AuthIntegrationTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void keepsASignInsStateInTheContainersSessionNotInTheDatabase() {
        var browser = newBrowser();

        HttpResponse<String> start = browser.get("/auth/tiktok");

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(browser.cookie("JSESSIONID"))
                .as("Tomcat's own session id, not Spring Session's")
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9A-F]{32}"));
        assertThat(rows("spring_session")).isZero();
        assertThat(context.getBeanNamesForType(SessionRepositoryFilter.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SessionRepository.class)).isEmpty();
    }

    @Test
    void keepsAPendingConsentInTheSessionOnly() {
        var browser = newBrowser();

        HttpResponse<String> callback = approveOnTikTok(browser, "ava.sparks");

        assertThat(TestBrowser.location(callback).getPath()).isEqualTo("/auth/consent");
        assertThat(browser.get("/auth/consent").body()).contains("Ava Sparks");
        assertThat(rows("pending_consent")).isZero();
        assertThat(rows("spring_session")).isZero();
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
