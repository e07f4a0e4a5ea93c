package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.MalformedRequestException;

/** Turns {@link PublishError}s into TikTok's envelope; unreadable requests become 400 {@code invalid_param}. */
abstract class PublishEndpoint implements Endpoint {

    @Override
    public final EmulatorResponse handle(Exchange exchange) {
        try {
            return answer(exchange);
        } catch (PublishError e) {
            return e.response(exchange.logId());
        } catch (MalformedRequestException e) {
            return PublishError.invalidParam(e.getMessage()).response(exchange.logId());
        }
    }

    abstract EmulatorResponse answer(Exchange exchange);
}
