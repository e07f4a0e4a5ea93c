package io.battlesim.tiktok.client;

import java.net.URI;

/** Canned TikTok bodies and pre-configured clients for unit tests. */
final class Fixtures {

    static final String CLIENT_KEY = "sbawtestkey";
    static final String CLIENT_SECRET = "s3cr3t-client-secret-value";
    static final String ACCESS_TOKEN = "act.1a2b3c4d5e6f7g8h9i0jTESTACCESS";
    static final String REFRESH_TOKEN = "rft.9z8y7x6w5v4u3t2s1r0qTESTREFRESH";

    private Fixtures() {}

    static TikTokClient.Builder clientFor(URI base, TestClock clock, RecordingSleeper sleeper) {
        return TikTokClient.builder()
                .clientKey(CLIENT_KEY)
                .clientSecret(CLIENT_SECRET)
                .authorizeBaseUri(base)
                .apiBaseUri(base)
                .clock(clock)
                .sleeper(sleeper);
    }

    static String tokenBody(String openId, String accessToken, String refreshToken, long expiresIn) {
        return """
                {"access_token":"%s","expires_in":%d,"open_id":"%s","refresh_token":"%s",
                 "refresh_expires_in":31536000,"scope":"user.info.basic,user.info.profile","token_type":"Bearer"}
                """.formatted(accessToken, expiresIn, openId, refreshToken);
    }

    static String oauthError(String error, String description) {
        return """
                {"error":"%s","error_description":"%s","log_id":"20260301100000OAUTHLOG"}
                """.formatted(error, description);
    }

    static String v2Error(String code, String message) {
        return """
                {"data":{},"error":{"code":"%s","message":"%s","log_id":"20260301100000V2LOG"}}
                """.formatted(code, message);
    }

    static String userBody(String openId, String displayName) {
        return """
                {"data":{"user":{"open_id":"%s","union_id":"u-1","avatar_url":"https://a/1.svg",
                 "display_name":"%s","is_verified":true,"follower_count":1234,"username":"ava.sparks"}},
                 "error":{"code":"ok","message":"","log_id":"20260301LOGOK"}}
                """.formatted(openId, displayName);
    }
}
