package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.AccountManagement;
import io.battlesim.app.auth.session.ApiSessions;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may see what: public pages, assets, docs, the emulator and the sign-in flow are open; everything else
 * needs a signed-in user (browser session, or a bearer app session on {@code /api/**}). CSRF protects every
 * form and every cookie-authenticated API call (Spring's SPA set-up: the token is in the {@code XSRF-TOKEN}
 * cookie, sent back as the {@code _csrf} field or the {@code X-XSRF-TOKEN} header); it is off only for the
 * emulator (TikTok's side), the mobile token exchange (no cookies) and bearer requests (a browser never adds
 * that header by itself). Unauthenticated API calls get 401 problem+json; pages
 * redirect home. A refused API call (a missing CSRF token) gets 403 problem+json, a refused form the 403 page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/",
        "/privacy",
        "/terms",
        "/docs",
        "/docs/**",
        "/swagger-ui/**",
        "/api/openapi",
        "/api/openapi.yaml",
        "/api/openapi/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/webjars/**",
        "/favicon.ico",
        "/emulator/**",
        "/auth/**",
        "/api/auth/url",
        "/api/auth/status",
        "/api/auth/mobile/token",
        "/actuator/health/**",
        "/actuator/prometheus",
        "/error",
        // publish module: what a signed-out visitor of /publish/** is sent to ("Sign in to share")
        "/publish/sign-in",
        // battle module: open to anyone; the battle API checks ownership and control tokens itself, in every mode
        "/api/battles",
        "/api/battles/**"
    };

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    /**
     * Nobody signs in with a password: the only ways in are TikTok and app sessions. Declaring this also stops
     * Boot from generating a default user with a logged password.
     */
    @Bean
    AuthenticationManager noPasswordSignIn() {
        return authentication -> {
            throw new ProviderNotFoundException("Sign in with TikTok: there are no passwords");
        };
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SecurityContextRepository contexts,
            ApiSessions sessions,
            AccountManagement accounts,
            PendingConsents pendingConsents,
            JsonMapper json) {
        var problems = new ProblemResponder(json);
        RequestMatcher api = path("/api/**");
        RequestMatcher bearerApi = new AndRequestMatcher(api, BearerSessionFilter::carriesBearer);
        // API calls without a session carry no ambient authority, so there is nothing to forge (ingest connectors,
        // scripts, a signed-out caller, who then gets 401 rather than a CSRF refusal); calls with a browser session
        // still need the CSRF token.
        RequestMatcher sessionlessApi = new AndRequestMatcher(api, request -> request.getSession(false) == null);
        // live module: the ingest endpoints authenticate with the battle's ingest key, never with the session, so a
        // browser session changes nothing for them; a replay upload is key-authenticated when it carries the key.
        RequestMatcher ingestApi = new OrRequestMatcher(
                path("/api/battles/*/events"),
                path("/api/battles/*/events/ws"),
                new AndRequestMatcher(
                        path("/api/battles/*/replay"), request -> request.getHeader("X-Ingest-Key") != null));
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.spa()
                        .ignoringRequestMatchers(
                                path("/emulator/**"),
                                path("/api/auth/mobile/token"),
                                bearerApi,
                                sessionlessApi,
                                ingestApi))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiEntryPoint(problems), api)
                        // publish module: a page saying "Sign in to share" that leads back after sign-in
                        .defaultAuthenticationEntryPointFor(
                                new SignInPageEntryPoint("/publish/sign-in"), path("/publish/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/"), AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(apiAccessDenied(problems), api)
                        // without a second entry Spring Security uses the only one for every request
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/")
                        .addLogoutHandler(discardPendingConsent(pendingConsents, accounts)))
                .addFilterBefore(
                        new BearerSessionFilter(sessions, accounts, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new DeletedUserFilter(accounts), BearerSessionFilter.class);
        return http.build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Signing out before answering the consent page revokes the TikTok token at once, on every node (a single node's
     * {@link PendingConsentCleanup} would do it as the session ends; cluster sessions announce no end).
     */
    private static LogoutHandler discardPendingConsent(PendingConsents pendingConsents, AccountManagement accounts) {
        return (request, response, authentication) -> {
            HttpSession session = request.getSession(false);
            pendingConsents.find(session).ifPresent(pending -> {
                pendingConsents.forget(session);
                accounts.discard(pending);
            });
        };
    }

    private static AuthenticationEntryPoint apiEntryPoint(ProblemResponder problems) {
        return (request, response, exception) -> problems.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Sign-in required",
                "Sign in with TikTok, or send Authorization: Bearer <app session token>.");
    }

    private static AccessDeniedHandler apiAccessDenied(ProblemResponder problems) {
        return (request, response, exception) -> problems.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Forbidden",
                "The request was refused (a browser session needs a valid CSRF token for this call).");
    }
}
