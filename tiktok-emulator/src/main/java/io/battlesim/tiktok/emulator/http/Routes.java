package io.battlesim.tiktok.emulator.http;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/** The emulator's route table, filled by the features when the emulator is built; thread-safe. */
public final class Routes {

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /**
     * Adds a {@code GET} route.
     *
     * @param pattern an exact path or a prefix ending in {@code *}
     * @param style how errors and faults are shaped on this route
     * @param endpoint the handler
     */
    public void get(String pattern, ErrorStyle style, Endpoint endpoint) {
        routes.add(new Route("GET", pattern, style, endpoint));
    }

    /**
     * Adds a {@code POST} route.
     *
     * @param pattern an exact path or a prefix ending in {@code *}
     * @param style how errors and faults are shaped on this route
     * @param endpoint the handler
     */
    public void post(String pattern, ErrorStyle style, Endpoint endpoint) {
        routes.add(new Route("POST", pattern, style, endpoint));
    }

    /**
     * Adds a {@code PUT} route.
     *
     * @param pattern an exact path or a prefix ending in {@code *}
     * @param style how errors and faults are shaped on this route
     * @param endpoint the handler
     */
    public void put(String pattern, ErrorStyle style, Endpoint endpoint) {
        routes.add(new Route("PUT", pattern, style, endpoint));
    }

    /**
     * Finds the route for a request.
     *
     * @param method the upper-case HTTP method
     * @param path the request path
     * @return the match, never null
     */
    public RouteMatch match(String method, String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (!route.matchesPath(path)) {
                continue;
            }
            if (route.method().equals(method)) {
                return new RouteMatch.Found(route);
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new RouteMatch.NotFound() : new RouteMatch.MethodNotAllowed(allowed);
    }
}
