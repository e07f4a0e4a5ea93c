package io.battlesim.tiktok.emulator.oauth;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.HtmlPage;
import java.net.URI;
import java.util.List;

/**
 * The consent screen: the app, the sandbox account to log in as, the requested scopes (only {@code
 * user.info.basic} is mandatory) and Authorize / Cancel buttons. Every piece of untrusted text is escaped.
 */
final class ConsentPage {

    private ConsentPage() {}

    static String render(
            AuthorizationRequest request, List<SandboxAccount> accounts, String pendingId, String baseUrl) {
        String app = escape(request.app().name());
        String body = "<section class=\"card\"><h1>" + app + " wants to access your TikTok account</h1>"
                + "<p class=\"muted small\">Sandbox app &middot; client key <code>"
                + escape(request.app().clientKey())
                + "</code></p><form method=\"post\" action=\"" + escape(baseUrl + "/v2/auth/authorize/") + "\">"
                + "<input type=\"hidden\" name=\"pending_id\" value=\"" + escape(pendingId) + "\">"
                + "<h2>" + app + " would like to</h2><ul class=\"scopes\">" + scopeChoices(request) + "</ul>"
                + "<h2>Continue as</h2><div class=\"accounts\" role=\"radiogroup\">"
                + accountChoices(accounts, baseUrl) + "</div>"
                + "<button class=\"btn btn-primary\" type=\"submit\" name=\"decision\" value=\"approve\" id=\"approve\">"
                + "Authorize</button>"
                + "<button class=\"btn btn-secondary\" type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">"
                + "Cancel</button></form>"
                + "<p class=\"fine\">After you decide, you will return to " + escape(origin(request.redirectUri()))
                + ". You can remove this app's access at any time.</p></section>";
        return HtmlPage.document("Authorize " + request.app().name() + " | TikTok", body, false);
    }

    private static String accountChoices(List<SandboxAccount> accounts, String baseUrl) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < accounts.size(); i++) {
            SandboxAccount account = accounts.get(i);
            html.append("<label class=\"account\"><input type=\"radio\" name=\"account\" value=\"")
                    .append(escape(account.username()))
                    .append(i == 0 ? "\" checked>" : "\">")
                    .append("<img class=\"avatar\" alt=\"\" src=\"")
                    .append(escape(SandboxAccounts.avatarUrl(baseUrl, account, 100)))
                    .append("\"><span class=\"who\"><b>")
                    .append(escape(account.displayName()))
                    .append(account.verified() ? " <span class=\"verified\" title=\"Verified\">&#10004;</span>" : "")
                    .append("</b><span class=\"muted small\">@")
                    .append(escape(account.username()))
                    .append("</span></span></label>");
        }
        return html.toString();
    }

    private static String scopeChoices(AuthorizationRequest request) {
        StringBuilder html = new StringBuilder();
        for (String scope : request.scopes()) {
            Scopes.Scope meaning = Scopes.describe(scope).orElse(new Scopes.Scope(scope, scope, ""));
            boolean mandatory = scope.equals(Scopes.USER_INFO_BASIC);
            html.append("<li><label><input type=\"checkbox\" ")
                    .append(mandatory ? "checked disabled" : "name=\"scope\" value=\"" + escape(scope) + "\" checked")
                    .append("><span><span class=\"scope-name\">")
                    .append(escape(meaning.title()))
                    .append("</span><br><span class=\"muted small\">")
                    .append(escape(meaning.detail()))
                    .append(" &middot; <code>")
                    .append(escape(scope))
                    .append("</code>")
                    .append(mandatory ? " &middot; required" : "")
                    .append("</span></span></label></li>");
        }
        return html.toString();
    }

    private static String origin(String redirectUri) {
        URI uri = URI.create(redirectUri.replace(":*/", ":0/"));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
