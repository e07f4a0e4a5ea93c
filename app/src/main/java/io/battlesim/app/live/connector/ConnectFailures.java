package io.battlesim.app.live.connector;

import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;

/** Why a WebSocket could not be opened, as a sentence for the scoreboard page (never with the token). */
final class ConnectFailures {

    private ConnectFailures() {}

    /** The handshake's HTTP status, or 0 when the connection failed before any answer. */
    static int status(Throwable error) {
        return cause(error) instanceof WebSocketHandshakeException handshake
                ? handshake.getResponse().statusCode()
                : 0;
    }

    static String describe(Throwable error, String roomId) {
        return switch (status(error)) {
            case 0 ->
                "Cannot connect to the LIVE service (" + cause(error).getClass().getSimpleName() + ")";
            case 401 -> "The LIVE service refused the access token (HTTP 401)";
            case 404 -> "The LIVE service does not know room " + roomId + " (HTTP 404)";
            case 429 -> "The LIVE service is rate limiting connections (HTTP 429)";
            default -> "The LIVE service refused the connection (HTTP " + status(error) + ")";
        };
    }

    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
