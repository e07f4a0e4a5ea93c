package io.battlesim.app.auth.web;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Marks the session cookie {@code Secure} whenever the app is served over https ({@code app.public-url}),
 * whatever {@code server.servlet.session.cookie.secure} says; runs after Boot's own customizer. Cluster mode's
 * sessions set their cookie themselves, with the same rules ({@link ClusterSessionConfiguration}).
 */
@Component
class SecureSessionCookie implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SecureSessionCookie.class);

    private final boolean https;

    SecureSessionCookie(@Value("${app.public-url}") String publicUrl) {
        this.https = servedOverHttps(publicUrl);
    }

    /** Whether the app's public URL is https, which makes the session cookie {@code Secure} in either mode. */
    static boolean servedOverHttps(String publicUrl) {
        return publicUrl.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        if (https) {
            Cookie cookie = factory.getSettings().getSession().getCookie();
            if (!Boolean.TRUE.equals(cookie.getSecure())) {
                log.info("app.public-url is https: the session cookie is marked Secure");
            }
            cookie.setSecure(true);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
