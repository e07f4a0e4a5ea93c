package io.battlesim.tiktok.emulator.status;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.oauth.IssuedToken;
import io.battlesim.tiktok.emulator.oauth.TokenState;
import io.battlesim.tiktok.emulator.videos.ProfileCounts;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The status page's tables. Secrets never appear: apps show no client secret and tokens are masked. */
final class StatusTables {

    private StatusTables() {}

    static String apps(List<RegisteredApp> apps) {
        if (apps.isEmpty()) {
            return empty("No app is registered yet.");
        }
        StringBuilder rows = new StringBuilder();
        for (RegisteredApp app : apps) {
            rows.append("<tr><td><b>")
                    .append(escape(app.name()))
                    .append("</b></td><td><code>")
                    .append(escape(app.clientKey()))
                    .append("</code></td><td>")
                    .append(app.redirectUris().stream()
                            .map(uri -> "<code>" + escape(uri) + "</code>")
                            .collect(Collectors.joining("<br>")))
                    .append("</td><td>")
                    .append(pills(app.scopes()))
                    .append("</td><td>")
                    .append(app.pkceMode())
                    .append(app.requirePkce() ? " (required)" : " (optional)")
                    .append("</td><td>")
                    .append(app.audited() ? "audited" : "unaudited")
                    .append("</td></tr>");
        }
        return table(
                "<th>App</th><th>Client key</th><th>Redirect URIs</th><th>Scopes</th><th>PKCE</th><th>Audit</th>",
                rows);
    }

    static String accounts(
            List<SandboxAccount> accounts, Function<SandboxAccount, ProfileCounts> stats, String baseUrl) {
        StringBuilder rows = new StringBuilder();
        for (SandboxAccount account : accounts) {
            ProfileCounts now = stats.apply(account);
            rows.append("<tr id=\"account-")
                    .append(escape(account.username()))
                    .append("\"><td><img class=\"avatar\" alt=\"\" src=\"")
                    .append(escape(SandboxAccounts.avatarUrl(baseUrl, account, 100)))
                    .append("\"></td><td><b>")
                    .append(escape(account.displayName()))
                    .append("</b>")
                    .append(account.verified() ? " <span class=\"verified\" title=\"Verified\">&#10004;</span>" : "")
                    .append("<br><span class=\"muted small\">@")
                    .append(escape(account.username()))
                    .append("</span><br><span class=\"small\">")
                    .append(escape(account.bioDescription()))
                    .append("</span></td><td><code>")
                    .append(escape(account.openId()))
                    .append("</code></td><td>")
                    .append(now.followerCount())
                    .append("</td><td>")
                    .append(now.followingCount())
                    .append("</td><td>")
                    .append(now.likesCount())
                    .append("</td><td>")
                    .append(now.videoCount())
                    .append("</td></tr>");
        }
        return table(
                "<th></th><th>Account</th><th>open_id</th><th>Followers</th><th>Following</th><th>Likes</th>"
                        + "<th>Videos</th>",
                rows);
    }

    static String tokens(List<IssuedToken> tokens, Instant now) {
        if (tokens.isEmpty()) {
            return empty("No token has been issued yet.");
        }
        StringBuilder rows = new StringBuilder();
        for (IssuedToken token : tokens) {
            rows.append("<tr><td><code>")
                    .append(escape(token.masked()))
                    .append("</code></td><td>")
                    .append(token.kind())
                    .append("</td><td><code>")
                    .append(escape(token.clientKey()))
                    .append("</code></td><td><code>")
                    .append(escape(token.openId() == null ? "-" : token.openId()))
                    .append("</code></td><td>")
                    .append(pills(token.scopes()))
                    .append("</td><td>")
                    .append(token.expiresAt())
                    .append("</td><td>")
                    .append(state(token, now))
                    .append("</td></tr>");
        }
        return table(
                "<th>Token</th><th>Kind</th><th>Client key</th><th>open_id</th><th>Scopes</th><th>Expires</th>"
                        + "<th>State</th>",
                rows);
    }

    static String rateLimits(Map<String, Integer> limits) {
        StringBuilder rows = new StringBuilder();
        limits.forEach((path, limit) -> rows.append("<tr><td><code>")
                .append(escape(path))
                .append("</code></td><td>")
                .append(limit)
                .append(" / min</td></tr>"));
        return table("<th>Endpoint</th><th>Limit</th>", rows);
    }

    private static String state(IssuedToken token, Instant now) {
        if (token.state() == TokenState.ACTIVE) {
            return token.usableAt(now)
                    ? "<span class=\"pill good\">active</span>"
                    : "<span class=\"pill\">expired</span>";
        }
        return "<span class=\"pill bad\">" + token.state().name().toLowerCase(java.util.Locale.ROOT) + "</span>";
    }

    private static String pills(Collection<String> values) {
        return values.stream()
                .map(value -> "<span class=\"pill\">" + escape(value) + "</span>")
                .collect(Collectors.joining());
    }

    private static String table(String headings, CharSequence rows) {
        return "<table><thead><tr>" + headings + "</tr></thead><tbody>" + rows + "</tbody></table>";
    }

    private static String empty(String text) {
        return "<p class=\"muted\">" + escape(text) + "</p>";
    }
}
