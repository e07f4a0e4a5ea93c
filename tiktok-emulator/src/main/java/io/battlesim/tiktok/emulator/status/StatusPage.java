package io.battlesim.tiktok.emulator.status;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.FaultSettings;
import io.battlesim.tiktok.emulator.RegisteredApps;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.faults.Faults;
import io.battlesim.tiktok.emulator.http.ErrorStyle;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.HtmlPage;
import io.battlesim.tiktok.emulator.http.Responses;
import io.battlesim.tiktok.emulator.http.Routes;
import io.battlesim.tiktok.emulator.oauth.IssuedTokens;
import io.battlesim.tiktok.emulator.publish.PublishingSection;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;

/** {@code GET /}: what the emulator knows right now, as one escaped HTML page. */
public final class StatusPage {

    private static final int TOKENS_SHOWN = 50;

    private final RegisteredApps apps;
    private final SandboxAccounts accounts;
    private final IssuedTokens tokens;
    private final Faults faults;
    private final RateLimits rateLimits;
    private final PublishingSection publishing;

    /**
     * Creates the page.
     *
     * @param apps the registered apps
     * @param accounts the sandbox accounts
     * @param tokens the issued tokens
     * @param faults the fault injector
     * @param rateLimits the rate limits
     * @param publishing the Content Posting card
     */
    public StatusPage(
            RegisteredApps apps,
            SandboxAccounts accounts,
            IssuedTokens tokens,
            Faults faults,
            RateLimits rateLimits,
            PublishingSection publishing) {
        this.apps = apps;
        this.accounts = accounts;
        this.tokens = tokens;
        this.faults = faults;
        this.rateLimits = rateLimits;
        this.publishing = publishing;
    }

    /**
     * Adds {@code GET /}.
     *
     * @param routes the route table
     */
    public void registerRoutes(Routes routes) {
        routes.get("/", ErrorStyle.INTERNAL, this::render);
    }

    private EmulatorResponse render(Exchange exchange) {
        String body = "<section class=\"card\"><h1>TikTok emulator</h1><p class=\"muted\">Offline Login Kit and"
                + " Display API at <code>" + escape(exchange.baseUrl()) + "</code>. Authorize at <code>"
                + escape(exchange.baseUrl() + "/v2/auth/authorize/") + "</code>, API calls under <code>"
                + escape(exchange.baseUrl() + "/v2/") + "</code>.</p><p><a id=\"live-rooms\" href=\""
                + escape(exchange.baseUrl() + "/live/") + "\">LIVE rooms control panel</a> <span class=\"muted\">"
                + "&middot; go live or offline, change the pace, send gifts (the Live API of our design under"
                + " <code>/live/v1/</code>)</span></p></section>"
                + section("Registered apps", StatusTables.apps(apps.all()))
                + section(
                        "Sandbox accounts",
                        StatusTables.accounts(
                                accounts.all(),
                                account -> accounts.videos().profileAt(account.openId(), exchange.now()),
                                exchange.baseUrl()))
                + section("Issued tokens", StatusTables.tokens(tokens.recent(TOKENS_SHOWN), exchange.now()))
                + section(
                        "Rate limits (per access token, sliding minute)", StatusTables.rateLimits(rateLimits.limits()))
                + section("Publishing (Content Posting API)", publishing.render(exchange.baseUrl()))
                + section("Fault mode", faultSummary(faults.settings(), faults.webhookDuplicateRate()));
        return Responses.html(200, HtmlPage.document("TikTok emulator", body, true));
    }

    private static String section(String title, String content) {
        return "<section class=\"card\"><h2>" + escape(title) + "</h2>" + content + "</section>";
    }

    private static String faultSummary(FaultSettings settings, double webhookDuplicateRate) {
        return "<p id=\"faults\">"
                + (settings.active() || webhookDuplicateRate > 0
                        ? "<span class=\"pill bad\">on</span>"
                        : "<span class=\"pill good\">off</span>")
                + " latency " + settings.latency().toMillis() + " ms &middot; server errors "
                + percent(settings.serverErrorRate()) + " &middot; forced 429 " + percent(settings.forced429Rate())
                + " &middot; dropped connections " + percent(settings.dropRate())
                + " &middot; webhooks delivered twice " + percent(webhookDuplicateRate) + "</p>"
                + "<p class=\"muted small\">Change with <code>POST /faults</code> and a JSON body such as"
                + " <code>{&quot;latencyMs&quot;:200,&quot;serverErrorRate&quot;:0.1,&quot;forced429Rate&quot;:0,"
                + "&quot;dropRate&quot;:0,&quot;webhookDuplicateRate&quot;:0.2}</code>.</p>";
    }

    private static String percent(double rate) {
        return Math.round(rate * 1000) / 10.0 + "%";
    }
}
