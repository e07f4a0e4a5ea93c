package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TikTokApiExceptionTests {

    private static TikTokApiException error(int status, String code) {
        return new TikTokApiException("/v2/user/info/", status, code, "", null, false);
    }

    @ParameterizedTest
    @CsvSource({
        "500, internal_error, true",
        "503, server_error, true",
        "200, temporarily_unavailable, true",
        "429, rate_limit_exceeded, true",
        "502, unexpected_response, true",
        "429, unexpected_response, true",
        "401, access_token_invalid, false",
        "401, scope_not_authorized, false",
        "400, scope_permission_missed, false",
        "400, invalid_params, false",
        "400, invalid_param, false",
        "400, invalid_grant, false",
        "200, invalid_client, false",
        "400, unexpected_response, false",
    })
    void classifiesRetryableErrors(int status, String code, boolean retryable) {
        assertThat(error(status, code).retryable()).isEqualTo(retryable);
    }

    @ParameterizedTest
    @CsvSource({"invalid_params, true", "invalid_param, true", "invalid_request, false"})
    void acceptsBothSpellingsOfInvalidParams(String code, boolean invalidParams) {
        assertThat(error(400, code).isInvalidParams()).isEqualTo(invalidParams);
    }

    @ParameterizedTest
    @CsvSource({"scope_not_authorized, true", "scope_permission_missed, true", "access_token_invalid, false"})
    void recognisesScopeErrors(String code, boolean scopeError) {
        assertThat(error(401, code).isScopeError()).isEqualTo(scopeError);
    }

    @org.junit.jupiter.api.Test
    void messageNamesCodeStatusEndpointAndLogId() {
        TikTokApiException e =
                new TikTokApiException("/v2/oauth/token/", 400, "invalid_grant", "Code expired.", "LOG1", true);

        assertThat(e.getMessage())
                .isEqualTo("TikTok error invalid_grant (HTTP 400) from /v2/oauth/token/: Code expired. [log_id LOG1]");
        assertThat(e.endpoint()).isEqualTo("/v2/oauth/token/");
    }
}
