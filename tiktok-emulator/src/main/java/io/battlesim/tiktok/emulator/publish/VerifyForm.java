package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.HtmlPage;
import io.battlesim.tiktok.emulator.http.Responses;

/**
 * {@code POST /publish/verify} from the status page: verifies the domain or URL prefix in the form field {@code
 * property}, like adding a property in TikTok's developer portal, then goes back to the status page.
 */
final class VerifyForm implements Endpoint {

    static final String PATH = "/publish/verify";

    private final Publishing publishing;

    VerifyForm(Publishing publishing) {
        this.publishing = publishing;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        if (!exchange.hasContentType("application/x-www-form-urlencoded")) {
            return HtmlPage.message(
                    400, "Not verified", "Send the form as application/x-www-form-urlencoded.", exchange.logId());
        }
        String property = exchange.readForm().first("property").orElse("").strip();
        try {
            if (property.contains("://")) {
                publishing.verifyUrlPrefix(property);
            } else {
                publishing.verifyDomain(property);
            }
            return Responses.redirect(exchange.baseUrl() + "/?notice=verified#publishing");
        } catch (IllegalArgumentException e) {
            return HtmlPage.message(400, "Not verified", e.getMessage(), exchange.logId());
        }
    }
}
