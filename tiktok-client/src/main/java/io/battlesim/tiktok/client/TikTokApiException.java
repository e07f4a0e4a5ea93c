package io.battlesim.tiktok.client;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * TikTok answered with an error: an OAuth {@code error} field or a v2 {@code error.code} other than {@code ok},
 * whatever the HTTP status was.
 */
public final class TikTokApiException extends TikTokException {

    /** Error code used when TikTok's answer carried no recognisable error body (for example an HTML 502 page). */
    public static final String UNEXPECTED_RESPONSE = "unexpected_response";

    private static final long serialVersionUID = 1L;

    private static final Set<String> RETRYABLE_CODES =
            Set.of("internal_error", "server_error", "temporarily_unavailable", "rate_limit_exceeded");

    private static final Set<String> CALLER_ERROR_CODES = Set.of(
            "access_token_invalid",
            "scope_not_authorized",
            "scope_permission_missed",
            "invalid_params",
            "invalid_param",
            "invalid_request",
            "invalid_client",
            "invalid_grant",
            "invalid_scope",
            "access_denied",
            "unauthorized_client",
            "unsupported_grant_type",
            "unsupported_response_type");

    private final int httpStatus;
    private final String errorCode;
    private final String errorMessage;
    private final @Nullable String logId;
    private final boolean oauthError;

    /**
     * Creates the exception; {@code errorMessage} must already be free of secrets.
     *
     * @param endpoint the API path, never null
     * @param httpStatus the HTTP status TikTok answered with
     * @param errorCode TikTok's error code, never null
     * @param errorMessage TikTok's description, never null (may be empty)
     * @param logId TikTok's {@code log_id}, or null when absent
     * @param oauthError true for the flat OAuth error shape, false for the v2 envelope
     */
    public TikTokApiException(
            String endpoint,
            int httpStatus,
            String errorCode,
            String errorMessage,
            @Nullable String logId,
            boolean oauthError) {
        super(endpoint, describe(endpoint, httpStatus, errorCode, errorMessage, logId), null);
        this.httpStatus = httpStatus;
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode must not be null");
        this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage must not be null");
        this.logId = logId;
        this.oauthError = oauthError;
    }

    private static String describe(
            String endpoint, int httpStatus, String errorCode, String errorMessage, @Nullable String logId) {
        StringBuilder text = new StringBuilder("TikTok error ")
                .append(errorCode)
                .append(" (HTTP ")
                .append(httpStatus)
                .append(") from ")
                .append(endpoint);
        if (!errorMessage.isBlank()) {
            text.append(": ").append(errorMessage);
        }
        if (logId != null) {
            text.append(" [log_id ").append(logId).append(']');
        }
        return text.toString();
    }

    /** TikTok's error code, for example {@code invalid_grant} or {@code access_token_invalid}; never null. */
    public String errorCode() {
        return errorCode;
    }

    /** TikTok's human-readable description ({@code error_description} or {@code error.message}); never null. */
    public String errorMessage() {
        return errorMessage;
    }

    /** TikTok's {@code log_id} from the body, else the {@code x-tt-logid} header; null when neither was sent. */
    public @Nullable String logId() {
        return logId;
    }

    /** The HTTP status of TikTok's answer (which may be 200 for some errors). */
    public int httpStatus() {
        return httpStatus;
    }

    /** True when the error came in the flat OAuth shape ({@code error}, {@code error_description}). */
    public boolean isOAuthError() {
        return oauthError;
    }

    /** True when repeating the same request later may succeed (server errors and rate limits). */
    public boolean retryable() {
        if (RETRYABLE_CODES.contains(errorCode)) {
            return true;
        }
        if (CALLER_ERROR_CODES.contains(errorCode)) {
            return false;
        }
        return httpStatus == 429 || httpStatus >= 500;
    }

    /** True when the access token is invalid, expired, revoked or missing ({@code access_token_invalid}). */
    public boolean isAccessTokenInvalid() {
        return "access_token_invalid".equals(errorCode);
    }

    /** True for {@code scope_not_authorized} and {@code scope_permission_missed}. */
    public boolean isScopeError() {
        return "scope_not_authorized".equals(errorCode) || "scope_permission_missed".equals(errorCode);
    }

    /** True for {@code invalid_params} and its singular spelling {@code invalid_param}, which TikTok also uses. */
    public boolean isInvalidParams() {
        return "invalid_params".equals(errorCode) || "invalid_param".equals(errorCode);
    }
}
