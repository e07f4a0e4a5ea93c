package io.battlesim.app.auth.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.cluster.OnClusterMode;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Cluster mode: browser sessions (a sign-in's state, PKCE verifier and return path, the signed-in user's security
 * context) live in the shared PostgreSQL through Spring Session JDBC, so any node serves any request without sticky
 * sessions. The cookie keeps the single node's name and rules ({@code server.servlet.session.cookie.*}, Secure under an
 * https {@code app.public-url}), the timeout is {@code server.servlet.session.timeout}, and every node deletes expired
 * sessions once a minute (Spring Session's cleanup). Session attributes are written with Java serialization; pending
 * consents, which hold TikTok tokens, are kept sealed in their own table instead ({@link StoredPendingConsents}). A
 * single node keeps the servlet container's in-memory sessions: nothing here exists there.
 */
@Configuration(proxyBeanMethods = false)
@OnClusterMode
@EnableJdbcHttpSession
class ClusterSessionConfiguration {

    static final String DEFAULT_COOKIE_NAME = "JSESSIONID";
    private static final Logger log = LoggerFactory.getLogger(ClusterSessionConfiguration.class);

    @Bean
    CookieSerializer sessionCookie(ServerProperties server, @Value("${app.public-url}") String publicUrl) {
        return cookieSerializer(server.getServlet().getSession().getCookie(), publicUrl);
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeoutAndUserIndex(ServerProperties server) {
        Duration timeout = server.getServlet().getSession().getTimeout();
        return repository -> {
            if (timeout != null) {
                repository.setDefaultMaxInactiveInterval(timeout);
            }
            repository.setIndexResolver(ClusterSessionConfiguration::userIdIndex);
        };
    }

    /** Writes attributes with PostgreSQL's upsert: two requests of one session may set the same one at once. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Java serialization, as Spring Session's default, except that an attribute no longer readable (written by another
     * release: Spring Security's classes change their serial version with each minor version) is dropped rather than
     * failing every request of that session: its user is signed out once instead.
     */
    @Bean
    ConversionService springSessionConversionService() {
        ClassLoader classes = ClusterSessionConfiguration.class.getClassLoader();
        var deserializer = new DeserializingConverter(classes);
        var conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, bytes -> readOrDrop(deserializer, bytes));
        return conversions;
    }

    /** As Boot registers it: error pages and async dispatches see the same session. */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(
            SessionRepositoryFilter<?> filter) {
        var registration = new FilterRegistrationBean<SessionRepositoryFilter<?>>(filter);
        registration.setDispatcherTypes(DispatcherType.ASYNC, DispatcherType.ERROR, DispatcherType.REQUEST);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registration;
    }

    /**
     * The cookie Tomcat would write: Secure when configured, under https, or on a secure request; HttpOnly unless
     * turned off; SameSite only when configured.
     */
    static DefaultCookieSerializer cookieSerializer(Cookie cookie, String publicUrl) {
        var serializer = new DefaultCookieSerializer();
        serializer.setCookieName(cookie.getName() != null ? cookie.getName() : DEFAULT_COOKIE_NAME);
        if (cookie.getDomain() != null) {
            serializer.setDomainName(cookie.getDomain());
        }
        if (cookie.getPath() != null) {
            serializer.setCookiePath(cookie.getPath());
        }
        if (cookie.getMaxAge() != null) {
            serializer.setCookieMaxAge((int) cookie.getMaxAge().toSeconds());
        }
        serializer.setUseHttpOnlyCookie(!Boolean.FALSE.equals(cookie.getHttpOnly()));
        if (SecureSessionCookie.servedOverHttps(publicUrl) || Boolean.TRUE.equals(cookie.getSecure())) {
            serializer.setUseSecureCookie(true);
        }
        Cookie.SameSite sameSite = cookie.getSameSite();
        serializer.setSameSite(
                sameSite == null || sameSite == Cookie.SameSite.OMITTED ? null : sameSite.attributeValue());
        if (cookie.getPartitioned() != null) {
            serializer.setPartitioned(cookie.getPartitioned());
        }
        return serializer;
    }

    private static @Nullable Object readOrDrop(DeserializingConverter deserializer, byte[] bytes) {
        try {
            return deserializer.convert(bytes);
        } catch (SerializationFailedException e) {
            log.info(
                    "Dropped a session attribute this release cannot read ({})",
                    e.getMostSpecificCause().getClass().getSimpleName());
            return null;
        }
    }

    /**
     * Indexes a session by its user's id rather than by Spring Security's principal name, which for {@link
     * SignedInUser} would be the whole record (profile included, and longer than the column).
     */
    static Map<String, String> userIdIndex(Session session) {
        if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && context.getAuthentication() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof SignedInUser user) {
            return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, Long.toString(user.id()));
        }
        return Map.of();
    }
}
