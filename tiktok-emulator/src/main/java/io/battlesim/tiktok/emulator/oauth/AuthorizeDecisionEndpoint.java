package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.HtmlPage;
import io.battlesim.tiktok.emulator.http.Responses;
import java.util.Optional;

/** {@code POST /v2/auth/authorize/}: the consent form's Authorize or Cancel, answered with the callback redirect. */
final class AuthorizeDecisionEndpoint implements Endpoint {

    private static final String HEADING = "Something went wrong";

    private final PendingAuthorizations pending;
    private final AuthorizationDecisions decisions;
    private final SandboxAccounts accounts;

    AuthorizeDecisionEndpoint(
            PendingAuthorizations pending, AuthorizationDecisions decisions, SandboxAccounts accounts) {
        this.pending = pending;
        this.decisions = decisions;
        this.accounts = accounts;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        if (!exchange.hasContentType(TokenEndpoint.FORM)) {
            return HtmlPage.message(400, HEADING, "The consent form must be posted as a form.", exchange.logId());
        }
        FormData form = exchange.readForm();
        String pendingId = form.nonBlank("pending_id").orElse("");
        Optional<AuthorizationRequest> request = pending.peek(pendingId, exchange.now());
        if (request.isEmpty()) {
            return expired(exchange);
        }
        return switch (form.first("decision").orElse("")) {
            case "approve" -> approve(request.get(), pendingId, form, exchange);
            case "deny" ->
                pending.close(pendingId) ? Responses.redirect(decisions.deny(request.get())) : expired(exchange);
            default -> HtmlPage.message(400, HEADING, "Choose Authorize or Cancel.", exchange.logId());
        };
    }

    private EmulatorResponse approve(AuthorizationRequest request, String pendingId, FormData form, Exchange exchange) {
        Optional<SandboxAccount> account = form.nonBlank("account").flatMap(accounts::find);
        if (account.isEmpty()) {
            return HtmlPage.message(400, HEADING, "Choose an account to continue.", exchange.logId());
        }
        if (!pending.close(pendingId)) {
            return expired(exchange);
        }
        var granted = AuthorizationDecisions.granted(request, form.all("scope"));
        return Responses.redirect(decisions.approve(request, account.get(), granted, exchange.now()));
    }

    private static EmulatorResponse expired(Exchange exchange) {
        return HtmlPage.message(
                400,
                "This request has expired",
                "This authorization request has expired or was already used. Go back to the app and start again.",
                exchange.logId());
    }
}
