package io.battlesim.tiktok.emulator.oauth;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.HtmlPage;
import io.battlesim.tiktok.emulator.http.Responses;

/**
 * TikTok's "Something went wrong" page for authorize requests that cannot be redirected: it names the parameter
 * to correct and never redirects.
 */
final class AuthorizeErrorPage {

    private AuthorizeErrorPage() {}

    static EmulatorResponse render(String parameter, String detail, String logId) {
        String body = "<section class=\"card\"><h1>Something went wrong</h1>"
                + "<p class=\"muted\">We couldn't log in with TikTok. This may be due to specific app settings.</p>"
                + "<p>If you're a developer, correct the following and try again:</p>"
                + "<p><span class=\"error-param\" id=\"error-parameter\">" + escape(parameter) + "</span></p>"
                + "<p class=\"muted small\">" + escape(detail) + "</p>"
                + "<p class=\"fine\">Log ID: <span class=\"mono\">" + escape(logId) + "</span></p></section>";
        return Responses.html(400, HtmlPage.document("Something went wrong | TikTok", body, false));
    }
}
