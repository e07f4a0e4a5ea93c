package io.battlesim.tiktok.emulator;

import io.battlesim.tiktok.emulator.faults.Faults;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.LogIds;
import io.battlesim.tiktok.emulator.http.MalformedRequestException;
import io.battlesim.tiktok.emulator.http.PublicBaseUrl;
import io.battlesim.tiktok.emulator.http.Route;
import io.battlesim.tiktok.emulator.http.RouteMatch;
import io.battlesim.tiktok.emulator.http.Routes;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Routes one request: assigns its {@code log_id}, applies fault mode where it belongs, calls the endpoint, turns
 * unreadable requests into 400s and bugs into 500s, and adds the {@code x-tt-logid} header.
 */
final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final Routes routes;
    private final Faults faults;
    private final Clock clock;
    private final PublicBaseUrl baseUrl;

    Dispatcher(Routes routes, Faults faults, Clock clock, PublicBaseUrl baseUrl) {
        this.routes = routes;
        this.faults = faults;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    EmulatorResponse dispatch(EmulatorRequest request) {
        Instant now = clock.instant();
        Exchange exchange = new Exchange(request, LogIds.next(now), now, baseUrl.resolve(request));
        EmulatorResponse response = route(exchange);
        return response.dropConnection() ? response : response.withHeader("x-tt-logid", exchange.logId());
    }

    EmulatorResponse badRequest(String message) {
        String logId = LogIds.next(clock.instant());
        return ApiEnvelope.error(400, "invalid_params", message, logId).withHeader("x-tt-logid", logId);
    }

    private EmulatorResponse route(Exchange exchange) {
        String method = exchange.request().method();
        String path = exchange.request().path();
        return switch (routes.match(method, path)) {
            case RouteMatch.Found found -> invoke(found.route(), exchange);
            case RouteMatch.MethodNotAllowed notAllowed ->
                ApiEnvelope.error(
                                405,
                                "method_not_allowed",
                                method + " is not supported on " + path + ".",
                                exchange.logId())
                        .withHeader("allow", String.join(", ", notAllowed.allowed()));
            case RouteMatch.NotFound notFound ->
                ApiEnvelope.error(404, "not_found", notFoundMessage(method, path), exchange.logId());
        };
    }

    private EmulatorResponse invoke(Route route, Exchange exchange) {
        if (route.style().faultable()) {
            Optional<EmulatorResponse> fault = faults.inject(route.style(), exchange.logId());
            if (fault.isPresent()) {
                return fault.get();
            }
        }
        try {
            return route.endpoint().handle(exchange);
        } catch (MalformedRequestException e) {
            return route.style().badRequest(e.getMessage(), exchange.logId());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.ERROR,
                    "emulator failed on " + route.method() + " " + route.pattern() + ", log_id " + exchange.logId(),
                    e);
            return route.style().serverError(exchange.logId());
        }
    }

    private String notFoundMessage(String method, String path) {
        boolean slashMissing =
                !path.endsWith("/") && !(routes.match(method, path + "/") instanceof RouteMatch.NotFound);
        return slashMissing
                ? "No endpoint at " + path + ". TikTok's v2 paths end with a slash: " + path + "/"
                : "No endpoint at " + path + ".";
    }
}
