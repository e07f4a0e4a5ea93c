package io.battlesim.app.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.SignedInUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.Cookie;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Cluster mode's session cookie follows the single node's rules, its sessions are indexed by user id, and an attribute
 * it cannot read is dropped.
 */
class ClusterSessionConfigurationTests {

    @Test
    void writesTheCookieAsConfiguredForTheContainer() {
        var cookie = new Cookie();
        cookie.setHttpOnly(true);
        cookie.setSameSite(Cookie.SameSite.LAX);
        cookie.setSecure(false);

        String header = written(ClusterSessionConfiguration.cookieSerializer(cookie, "http://localhost:5000"));

        assertThat(header)
                .startsWith("JSESSIONID=")
                .contains("; Path=/")
                .contains("; HttpOnly")
                .contains("; SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void marksTheCookieSecureWhenServedOverHttpsWhateverTheSettingSays() {
        var cookie = new Cookie();
        cookie.setSecure(false);

        String header = written(ClusterSessionConfiguration.cookieSerializer(cookie, "https://battles.example.com"));

        assertThat(header).contains("; Secure");
    }

    @Test
    void keepsAConfiguredNameAndLeavesSameSiteOutUnlessConfigured() {
        var cookie = new Cookie();
        cookie.setName("BATTLESIM");
        cookie.setMaxAge(Duration.ofHours(1));

        String header = written(ClusterSessionConfiguration.cookieSerializer(cookie, "http://localhost:5000"));

        assertThat(header)
                .startsWith("BATTLESIM=")
                .contains("; Max-Age=3600")
                .contains("; HttpOnly")
                .doesNotContain("SameSite");
    }

    @Test
    void indexesASignedInSessionByTheUsersId() {
        var session = new MapSession();
        var user = new SignedInUser(42, "open-id", "A name far longer than anything".repeat(5), null, null);
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(SessionSignIn.authenticationOf(user)));

        assertThat(ClusterSessionConfiguration.userIdIndex(session))
                .containsExactlyEntriesOf(Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "42"));
        assertThat(ClusterSessionConfiguration.userIdIndex(new MapSession())).isEmpty();
    }

    @Test
    void readsBackWhatItWroteAndDropsWhatItCannotRead() {
        ConversionService conversions = new ClusterSessionConfiguration().springSessionConversionService();
        var user = new SignedInUser(42, "open-id", "Ava", null, "ava");
        TypeDescriptor bytes = TypeDescriptor.valueOf(byte[].class);
        TypeDescriptor object = TypeDescriptor.valueOf(Object.class);

        Object written = conversions.convert(user, object, bytes);

        assertThat(conversions.convert(written, bytes, object)).isEqualTo(user);
        assertThat(conversions.convert(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3}, bytes, object))
                .isNull();
    }

    private static String written(DefaultCookieSerializer serializer) {
        var request = new MockHttpServletRequest();
        var response = new MockHttpServletResponse();
        serializer.writeCookieValue(new CookieValue(request, response, "session-id"));
        List<String> headers = response.getHeaders("Set-Cookie");
        assertThat(headers).hasSize(1);
        return headers.getFirst();
    }
}
