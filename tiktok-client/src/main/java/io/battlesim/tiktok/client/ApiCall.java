package io.battlesim.tiktok.client;

import java.net.http.HttpRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One logical call: the request (resent unchanged on retry), its retry scope, the access token whose rate-limit
 * bucket it draws from (null for unlimited OAuth calls) and the secret values to strip from error messages.
 */
record ApiCall(
        String endpoint,
        HttpRequest request,
        RetryScope retryScope,
        @Nullable String rateLimitToken,
        List<String> secrets) {

    ApiCall {
        secrets = List.copyOf(secrets);
    }

    String describe() {
        return request.method() + " " + endpoint;
    }
}
