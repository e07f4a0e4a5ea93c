package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.Responses;

/** {@code GET /v2/auth/authorize/}: the consent screen, TikTok's error page, or an error redirect. */
final class AuthorizePageEndpoint implements Endpoint {

    private final AuthorizeRequestValidator validator;
    private final PendingAuthorizations pending;
    private final SandboxAccounts accounts;

    AuthorizePageEndpoint(
            AuthorizeRequestValidator validator, PendingAuthorizations pending, SandboxAccounts accounts) {
        this.validator = validator;
        this.pending = pending;
        this.accounts = accounts;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        return switch (validator.check(exchange.query())) {
            case AuthorizationCheck.Valid valid -> consent(valid.request(), exchange);
            case AuthorizationCheck.Rejected rejected ->
                AuthorizeErrorPage.render(rejected.parameter(), rejected.message(), exchange.logId());
            case AuthorizationCheck.Refused refused -> Responses.redirect(refused.location());
        };
    }

    private EmulatorResponse consent(AuthorizationRequest request, Exchange exchange) {
        String pendingId = pending.open(request, exchange.now());
        return Responses.html(200, ConsentPage.render(request, accounts.all(), pendingId, exchange.baseUrl()));
    }
}
