package io.battlesim.tiktok.emulator.http;

import io.battlesim.tiktok.emulator.EmulatorRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One request being handled, with what every endpoint needs: its {@code log_id}, the clock reading and the
 * public base URL.
 *
 * @param request the request
 * @param logId the request's {@code log_id}, also sent as {@code x-tt-logid}
 * @param now the emulator clock when the request arrived
 * @param baseUrl the absolute public base URL of the emulator, without trailing slash
 */
public record Exchange(EmulatorRequest request, String logId, Instant now, String baseUrl) {

    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final String BEARER = "bearer ";

    /** Checks that nothing is null. */
    public Exchange {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(logId, "logId must not be null");
        Objects.requireNonNull(now, "now must not be null");
        Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    }

    /**
     * The query parameters.
     *
     * @return the decoded query, never null
     */
    public FormData query() {
        return new FormData(request.query());
    }

    /**
     * Whether the request's {@code Content-Type} is the given media type (parameters such as charset ignored).
     *
     * @param mediaType e.g. {@code application/x-www-form-urlencoded}
     * @return true when it matches
     */
    public boolean hasContentType(String mediaType) {
        return request.header("content-type")
                .map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .filter(mediaType::equals)
                .isPresent();
    }

    /**
     * Reads the body as an {@code application/x-www-form-urlencoded} form; call at most once.
     *
     * @return the decoded form, never null
     * @throws MalformedRequestException when the body is too large or badly encoded
     */
    public FormData readForm() {
        return FormData.parse(new String(readBody(), StandardCharsets.UTF_8));
    }

    /**
     * Reads the raw body, at most 1 MiB; call at most once.
     *
     * @return the body bytes, never null
     * @throws MalformedRequestException when the body is larger than 1 MiB
     */
    public byte[] readBody() {
        try {
            byte[] body = request.body().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new MalformedRequestException("The request body is larger than 1 MiB.");
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The token of an {@code Authorization: Bearer <token>} header.
     *
     * @return the token, or empty when the header is absent, of another scheme or blank
     */
    public Optional<String> bearerToken() {
        return request.header("authorization")
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip())
                .filter(token -> !token.isEmpty());
    }
}
