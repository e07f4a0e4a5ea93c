package io.battlesim.tiktok.emulator.http;

import java.util.Set;

/** The outcome of looking a request up in the {@link Routes} table. */
public sealed interface RouteMatch {

    /**
     * A route handles the request.
     *
     * @param route the route
     */
    record Found(Route route) implements RouteMatch {}

    /**
     * The path exists but not for this method.
     *
     * @param allowed the methods the path supports
     */
    record MethodNotAllowed(Set<String> allowed) implements RouteMatch {}

    /** No route has this path. */
    record NotFound() implements RouteMatch {}
}
