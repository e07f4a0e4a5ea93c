package io.battlesim.tiktok.client;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TikTok's answer to one chunk PUT: 206 until the last chunk, 201 after it. Every answer carries {@code
 * Content-Range: bytes 0-<last received byte>/<total>}, so a 416 that shows the chunk already arrived (its earlier
 * answer was lost) counts as confirmation.
 */
record ChunkAnswer(Exchange exchange) {

    private static final Pattern RECEIVED = Pattern.compile("bytes\\s+0-(\\d+)/(\\d+)");

    boolean confirms(ByteRange range, boolean last) {
        int status = exchange.status();
        if (status == (last ? 201 : 206)) {
            return true;
        }
        return status == 416 && receivedBytes().orElse(-1) == range.last() + 1;
    }

    TikTokException failure(ByteRange range, boolean last) {
        int status = exchange.status();
        if (status == 201 || status == 206) {
            return error(
                    "unexpected_upload_status",
                    "TikTok answered " + status + " to the chunk " + range.first() + "-" + range.last()
                            + (last ? " (the last)" : "") + "; the plan does not match the upload");
        }
        var body = Json.parseObject(exchange.body());
        var parsed =
                body == null ? java.util.Optional.<TikTokApiException>empty() : ResponseBodies.error(exchange, body);
        return parsed.orElseGet(() -> error(
                codeFor(status),
                "TikTok refused the chunk " + range.first() + "-" + range.last() + " with HTTP " + status));
    }

    /**
     * True for server errors and rate limits, and for a 416 while TikTok still lacks this chunk: a dropped earlier
     * attempt may still be draining on TikTok's side, which refuses a second chunk in flight.
     */
    boolean worthRetrying(ByteRange range) {
        int status = exchange.status();
        if (status == 416) {
            return receivedBytes().orElse(-1) == range.first();
        }
        return status == 429 || status >= 500;
    }

    /** Bytes TikTok reports having, from the answer's Content-Range ({@code bytes *}{@code /total} means none). */
    OptionalLong receivedBytes() {
        String header = exchange.headers().firstValue("Content-Range").orElse("");
        if (header.startsWith("bytes */")) {
            return OptionalLong.of(0);
        }
        Matcher matcher = RECEIVED.matcher(header);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1)) + 1) : OptionalLong.empty();
    }

    // TikTok documents only statuses for the upload host, so the SDK names them for callers.
    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "invalid_chunk";
            case 403 -> "upload_url_expired";
            case 404 -> "upload_not_found";
            case 416 -> "content_range_mismatch";
            default -> status >= 500 ? "internal_error" : TikTokApiException.UNEXPECTED_RESPONSE;
        };
    }

    private TikTokApiException error(String code, String message) {
        return new TikTokApiException(
                exchange.endpoint(), exchange.status(), code, message, exchange.logIdHeader(), false);
    }
}
