package io.battlesim.app.ratelimit.web;

import io.battlesim.app.ratelimit.RateLimitSettings;
import io.battlesim.app.ratelimit.RateLimitSettings.Rate;
import io.battlesim.app.ratelimit.RateLimits;
import io.battlesim.app.ratelimit.local.InProcessRateLimiter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Requests through one filter, with small limits: {@code capacity} each, as many again an hour. */
final class FilterFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private FilterFixture() {}

    static RateLimits limits(boolean enabled, int capacity) {
        Rate rate = new Rate(capacity, capacity, Duration.ofHours(1));
        var settings = new RateLimitSettings(enabled, 1_000, rate, rate, rate, rate, rate, rate, rate);
        return new RateLimits(new InProcessRateLimiter(1_000), settings, new SimpleMeterRegistry());
    }

    static MockHttpServletRequest request(String method, String path, String address) {
        var request = new MockHttpServletRequest(method, path);
        // a servlet mapped at "/", as the DispatcherServlet is: the whole path is the servlet path
        request.setServletPath(path);
        request.setRemoteAddr(address);
        return request;
    }

    /** Runs the request through {@code filter} to an application that answers {@code status}. */
    static Exchange exchange(Filter filter, MockHttpServletRequest request, int status)
            throws IOException, ServletException {
        var response = new MockHttpServletResponse();
        var reached = new boolean[1];
        FilterChain chain = (req, res) -> {
            reached[0] = true;
            ((HttpServletResponse) res).setStatus(status);
        };
        filter.doFilter(request, response, chain);
        return new Exchange(request, response, reached[0]);
    }

    /** What came of a request: the response, and whether it reached the application. */
    record Exchange(MockHttpServletRequest request, MockHttpServletResponse response, boolean reached) {

        int status() {
            return response.getStatus();
        }
    }
}
