package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.Responses;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The token endpoint's flat success bodies; {@code expires_in} values are the remaining seconds. */
final class TokenResponses {

    private TokenResponses() {}

    static EmulatorResponse user(IssuedTokens.UserTokens tokens, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.access().value());
        body.put("expires_in", tokens.access().remainingSeconds(now));
        body.put("open_id", Objects.requireNonNull(tokens.access().openId(), "user tokens have an open_id"));
        body.put("refresh_token", tokens.refresh().value());
        body.put("refresh_expires_in", tokens.refresh().remainingSeconds(now));
        body.put("scope", Scopes.join(tokens.access().scopes()));
        body.put("token_type", "Bearer");
        return Responses.json(200, body);
    }

    static EmulatorResponse client(IssuedToken token, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.value());
        body.put("expires_in", token.remainingSeconds(now));
        body.put("token_type", "Bearer");
        return Responses.json(200, body);
    }
}
