package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.OAuthError;
import java.util.Optional;

/** {@code POST /v2/oauth/token/}: authorization_code, refresh_token and client_credentials grants. */
final class TokenEndpoint implements Endpoint {

    static final String FORM = "application/x-www-form-urlencoded";

    private final ClientAuthentication clients;
    private final CodeExchange codeExchange;
    private final IssuedTokens tokens;

    TokenEndpoint(ClientAuthentication clients, CodeExchange codeExchange, IssuedTokens tokens) {
        this.clients = clients;
        this.codeExchange = codeExchange;
        this.tokens = tokens;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        if (!exchange.hasContentType(FORM)) {
            return invalidRequest("The Content-Type must be application/x-www-form-urlencoded.", exchange);
        }
        FormData form = exchange.readForm();
        Optional<RegisteredApp> app = clients.authenticate(form);
        if (app.isEmpty()) {
            return ClientAuthentication.failure(exchange, form);
        }
        return switch (form.first("grant_type").orElse("")) {
            case "authorization_code" -> codeExchange.exchange(app.get(), form, exchange);
            case "refresh_token" -> refresh(app.get(), form, exchange);
            case "client_credentials" ->
                TokenResponses.client(tokens.issueClientToken(app.get().clientKey(), exchange.now()), exchange.now());
            case "" -> invalidRequest("Missing required parameter: grant_type.", exchange);
            default ->
                OAuthError.of(400, "unsupported_grant_type", "The grant_type is not supported.", exchange.logId());
        };
    }

    private EmulatorResponse refresh(RegisteredApp app, FormData form, Exchange exchange) {
        Optional<String> refreshToken = form.nonBlank("refresh_token");
        if (refreshToken.isEmpty()) {
            return invalidRequest("Missing required parameter: refresh_token.", exchange);
        }
        return tokens.refresh(app.clientKey(), refreshToken.get(), exchange.now())
                .map(issued -> TokenResponses.user(issued, exchange.now()))
                .orElseGet(() ->
                        OAuthError.of(400, "invalid_grant", "Refresh token is invalid or expired.", exchange.logId()));
    }

    static EmulatorResponse invalidRequest(String description, Exchange exchange) {
        return OAuthError.of(400, "invalid_request", description, exchange.logId());
    }
}
