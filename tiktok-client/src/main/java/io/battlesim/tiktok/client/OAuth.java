package io.battlesim.tiktok.client;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Login Kit OAuth v2: the consent-page URL, the token endpoint's three grants and revocation; obtain it from
 * {@link TikTokClient#oauth()}.
 */
public final class OAuth {

    static final String AUTHORIZE_PATH = "/v2/auth/authorize/";
    static final String TOKEN_PATH = "/v2/oauth/token/";
    static final String REVOKE_PATH = "/v2/oauth/revoke/";

    private final ClientSettings settings;
    private final CallExecutor executor;

    OAuth(ClientSettings settings, CallExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * The TikTok consent-page URL to redirect the user's browser to; scopes are comma-joined and every value is
     * form-URL-encoded. Never null.
     */
    public URI authorizationUrl(AuthorizationRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        String scopes = request.scopes().stream().map(FormBody::encode).collect(Collectors.joining(","));
        FormBody query = new FormBody()
                .add("client_key", settings.clientKey())
                .add("response_type", "code")
                .addEncoded("scope", scopes)
                .add("redirect_uri", request.redirectUri())
                .add("state", request.state());
        Pkce pkce = request.pkce();
        if (pkce != null) {
            query.add("code_challenge", pkce.challenge()).add("code_challenge_method", pkce.method());
        }
        return settings.authorizeUri(AUTHORIZE_PATH + "?" + query.encode());
    }

    /**
     * Exchanges a one-time authorization code (as received, URL-decoded) for the user's tokens. Only a connection
     * that could not be opened is retried, since TikTok consumes the code on any answer.
     *
     * @param codeVerifier the PKCE verifier whose challenge went to the consent page, or null if none was sent
     * @return the tokens, never null
     * @throws TikTokApiException with {@code invalid_grant} for a used or expired code, {@code invalid_request}
     *     for a PKCE mismatch
     */
    public TokenSet exchangeCode(String code, String redirectUri, @Nullable String codeVerifier) {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(redirectUri, "redirectUri must not be null");
        FormBody form = credentials()
                .add("code", code)
                .add("grant_type", "authorization_code")
                .add("redirect_uri", redirectUri);
        if (codeVerifier != null) {
            form.add("code_verifier", codeVerifier);
        }
        List<String> secrets = codeVerifier == null ? List.of(code) : List.of(code, codeVerifier);
        return tokenCall(form, RetryScope.CONNECT_FAILURE_ONLY, secrets, TokenResponses::tokenSet);
    }

    /**
     * Gets a fresh access token. TikTok may rotate the refresh token: always store the returned set, and never
     * reuse the old refresh token. Only a connection that could not be opened is retried.
     *
     * @return the new tokens, never null
     * @throws TikTokApiException with {@code invalid_grant} when the refresh token is expired, revoked or rotated
     */
    public TokenSet refresh(String refreshToken) {
        Objects.requireNonNull(refreshToken, "refreshToken must not be null");
        FormBody form = credentials().add("grant_type", "refresh_token").add("refresh_token", refreshToken);
        return tokenCall(form, RetryScope.CONNECT_FAILURE_ONLY, List.of(refreshToken), TokenResponses::tokenSet);
    }

    /** Revokes the user's access token, disconnecting the app from the user's account. */
    public void revoke(String accessToken) {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        FormBody form = credentials().add("token", accessToken);
        ApiCall call = new ApiCall(
                REVOKE_PATH,
                Requests.formPost(settings, REVOKE_PATH, form),
                RetryScope.ANY_FAILURE,
                null,
                secrets(List.of(accessToken)));
        executor.execute(call, ResponseBodies::requireOAuthSuccess);
    }

    /** Gets an app-level client access token with the client-credentials grant; never null. */
    public ClientToken clientToken() {
        FormBody form = credentials().add("grant_type", "client_credentials");
        return tokenCall(form, RetryScope.ANY_FAILURE, List.of(), TokenResponses::clientToken);
    }

    private <T> T tokenCall(FormBody form, RetryScope scope, List<String> secrets, TokenResponses.Reader<T> reader) {
        ApiCall call =
                new ApiCall(TOKEN_PATH, Requests.formPost(settings, TOKEN_PATH, form), scope, null, secrets(secrets));
        return executor.execute(
                call, exchange -> reader.read(exchange, settings.clock().instant()));
    }

    private FormBody credentials() {
        return new FormBody().add("client_key", settings.clientKey()).add("client_secret", settings.clientSecret());
    }

    private List<String> secrets(List<String> callSecrets) {
        return Stream.concat(callSecrets.stream(), Stream.of(settings.clientSecret()))
                .toList();
    }

    @Override
    public String toString() {
        return "OAuth[clientKey=" + settings.clientKey() + ", apiBaseUri=" + settings.apiBaseUri() + "]";
    }
}
