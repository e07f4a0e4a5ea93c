package io.battlesim.tiktok.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.MalformedRequestException;
import java.io.IOException;
import java.io.OutputStream;

/** Adapts the JDK HTTP server's exchanges to {@link TikTokEmulator#handle(EmulatorRequest)}. */
final class JdkExchangeHandler implements HttpHandler {

    private final TikTokEmulator emulator;

    JdkExchangeHandler(TikTokEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            EmulatorResponse response = answer(exchange);
            if (!response.dropConnection()) {
                write(exchange, afterReadingTheBody(exchange, response));
            }
        } finally {
            // Without sendResponseHeaders, close() shuts the connection: a dropped connection in fault mode.
            exchange.close();
        }
    }

    private EmulatorResponse answer(HttpExchange exchange) {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        try {
            FormData query = FormData.parse(rawQuery == null ? "" : rawQuery);
            return emulator.handle(new EmulatorRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    query.values(),
                    exchange.getRequestHeaders(),
                    exchange.getRequestBody()));
        } catch (MalformedRequestException e) {
            return emulator.badRequest(e.getMessage());
        }
    }

    private static EmulatorResponse afterReadingTheBody(HttpExchange exchange, EmulatorResponse response) {
        return UnreadBody.discard(exchange.getRequestBody()) ? response : response.withHeader("connection", "close");
    }

    private static void write(HttpExchange exchange, EmulatorResponse response) throws IOException {
        response.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
