package io.battlesim.tiktok.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;

/** Sends one request and turns every I/O problem into a {@link TikTokTransportException}. */
final class HttpExchanger {

    private final HttpClient http;

    HttpExchanger(HttpClient http) {
        this.http = http;
    }

    Exchange send(ApiCall call) {
        try {
            HttpResponse<byte[]> response = http.send(call.request(), BodyHandlers.ofByteArray());
            return new Exchange(call, response.statusCode(), response.headers(), response.body());
        } catch (HttpConnectTimeoutException e) {
            throw failure(call, "Timed out connecting to TikTok", e, true, true);
        } catch (HttpTimeoutException e) {
            throw failure(call, "Timed out waiting for TikTok's answer", e, false, true);
        } catch (ConnectException e) {
            throw failure(call, "Could not connect to TikTok", e, true, false);
        } catch (IOException e) {
            throw failure(call, "Connection to TikTok failed", e, false, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(call, "Interrupted while calling TikTok", e, false, false);
        }
    }

    static TikTokTransportException failure(
            ApiCall call, String what, Exception cause, boolean beforeRequestSent, boolean timedOut) {
        String detail = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        String message =
                what + " for " + call.describe() + " (" + cause.getClass().getSimpleName() + detail + ")";
        return new TikTokTransportException(
                call.endpoint(), Secrets.redact(message, call.secrets()), cause, beforeRequestSent, timedOut);
    }

    static TikTokTransportException failure(ApiCall call, String what, Exception cause) {
        return failure(call, what, cause, false, false);
    }
}
