package io.battlesim.app.agents.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Tournaments are public to read: the pages answer everyone (the start form and the cancel button check the
 * signed-in user themselves) with the site's CSRF protection, and the API's GET calls are open. Every other API
 * call (start, cancel) stays in the main chain, which asks for a signed-in user (a session or a bearer app
 * session) and answers 401 problem+json without one.
 */
@Configuration(proxyBeanMethods = false)
class TournamentSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 80)
    SecurityFilterChain tournamentPages(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        http.securityMatcher("/tournaments", "/tournaments/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.spa())
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 81)
    SecurityFilterChain tournamentReads(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        paths.matcher(HttpMethod.GET, "/api/tournaments/**"),
                        paths.matcher(HttpMethod.HEAD, "/api/tournaments/**")))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.spa())
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
