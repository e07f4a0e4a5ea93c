package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.SandboxAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What happens when the user approves or denies: an authorization code or an {@code access_denied} callback. */
final class AuthorizationDecisions {

    private final AuthorizationCodes codes;

    AuthorizationDecisions(AuthorizationCodes codes) {
        this.codes = codes;
    }

    /**
     * The scopes actually granted: {@code user.info.basic} when requested (it cannot be unticked) plus the ticked
     * optional scopes that were requested, in request order.
     */
    static List<String> granted(AuthorizationRequest request, Collection<String> ticked) {
        List<String> granted = new ArrayList<>();
        for (String scope : request.scopes()) {
            if (scope.equals(Scopes.USER_INFO_BASIC) || ticked.contains(scope)) {
                granted.add(scope);
            }
        }
        return granted;
    }

    String approve(AuthorizationRequest request, SandboxAccount account, List<String> granted, Instant now) {
        if (granted.isEmpty()) {
            return Redirects.error(
                    request.redirectUri(), "access_denied", "The user did not grant any scope.", request.state());
        }
        String code = codes.issue(request, account.openId(), granted, now);
        return Redirects.success(request.redirectUri(), code, Scopes.join(granted), request.state());
    }

    String deny(AuthorizationRequest request) {
        return Redirects.error(
                request.redirectUri(), "access_denied", "The user denied the authorization request.", request.state());
    }
}
