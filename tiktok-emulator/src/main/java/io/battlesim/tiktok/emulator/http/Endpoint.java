package io.battlesim.tiktok.emulator.http;

import io.battlesim.tiktok.emulator.EmulatorResponse;

/** Handles the requests of one route. */
@FunctionalInterface
public interface Endpoint {

    /**
     * Answers one request.
     *
     * @param exchange the request being handled, never null
     * @return the response, never null
     */
    EmulatorResponse handle(Exchange exchange);
}
