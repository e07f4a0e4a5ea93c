package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.Responses;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v2/oauth/revoke/}: takes the user's access token and disconnects the app from the user, so every
 * access and refresh token of that pair stops working. Revoking an already revoked token succeeds again.
 */
final class RevokeEndpoint implements Endpoint {

    private final ClientAuthentication clients;
    private final IssuedTokens tokens;

    RevokeEndpoint(ClientAuthentication clients, IssuedTokens tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        if (!exchange.hasContentType(TokenEndpoint.FORM)) {
            return TokenEndpoint.invalidRequest(
                    "The Content-Type must be application/x-www-form-urlencoded.", exchange);
        }
        FormData form = exchange.readForm();
        Optional<RegisteredApp> app = clients.authenticate(form);
        if (app.isEmpty()) {
            return ClientAuthentication.failure(exchange, form);
        }
        Optional<String> value = form.nonBlank("token");
        if (value.isEmpty()) {
            return TokenEndpoint.invalidRequest("Missing required parameter: token.", exchange);
        }
        Optional<IssuedToken> token = tokens.find(value.get())
                .filter(candidate -> candidate.clientKey().equals(app.get().clientKey()));
        if (token.isEmpty()) {
            return TokenEndpoint.invalidRequest("The token is invalid or was not issued to this client.", exchange);
        }
        if (token.get().kind() == TokenKind.REFRESH) {
            return TokenEndpoint.invalidRequest("Revoke takes the access token, not the refresh token.", exchange);
        }
        tokens.revokeConnection(token.get());
        return Responses.json(200, Map.of());
    }
}
