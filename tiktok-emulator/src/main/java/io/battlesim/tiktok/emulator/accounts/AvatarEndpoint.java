package io.battlesim.tiktok.emulator.accounts;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.Responses;

/** {@code GET /avatars/{username}.svg[?size=N]}: an account's generated avatar. */
final class AvatarEndpoint implements Endpoint {

    private static final String PREFIX = "/avatars/";
    private static final String SUFFIX = ".svg";
    private static final int DEFAULT_SIZE = 168;

    private final SandboxAccounts accounts;
    private final AvatarSvg svg;

    AvatarEndpoint(SandboxAccounts accounts, AvatarSvg svg) {
        this.accounts = accounts;
        this.svg = svg;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        String path = exchange.request().path();
        String username = path.endsWith(SUFFIX) ? path.substring(PREFIX.length(), path.length() - SUFFIX.length()) : "";
        return accounts.find(username)
                .filter(account -> account.username().equals(username))
                .map(account -> Responses.svg(svg.render(account, size(exchange))))
                .orElseGet(() ->
                        ApiEnvelope.error(404, "not_found", "No sandbox account has this avatar.", exchange.logId()));
    }

    private static int size(Exchange exchange) {
        try {
            int size = exchange.query().first("size").map(Integer::parseInt).orElse(DEFAULT_SIZE);
            return Math.clamp(size, 16, 1080);
        } catch (NumberFormatException e) {
            return DEFAULT_SIZE;
        }
    }
}
