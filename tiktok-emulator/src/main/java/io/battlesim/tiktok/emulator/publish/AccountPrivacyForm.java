package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.HtmlPage;
import io.battlesim.tiktok.emulator.http.Responses;
import java.util.NoSuchElementException;

/**
 * {@code POST /publish/account-privacy} from the status page: switches the sandbox account in the form field {@code
 * account} to {@code privacy} {@code private} or {@code public}, as a creator does in TikTok's settings, then goes
 * back to the status page.
 */
final class AccountPrivacyForm implements Endpoint {

    static final String PATH = "/publish/account-privacy";

    private final Publishing publishing;

    AccountPrivacyForm(Publishing publishing) {
        this.publishing = publishing;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        if (!exchange.hasContentType("application/x-www-form-urlencoded")) {
            return HtmlPage.message(
                    400, "Not changed", "Send the form as application/x-www-form-urlencoded.", exchange.logId());
        }
        FormData form = exchange.readForm();
        String privacy = form.first("privacy").orElse("");
        if (!privacy.equals("private") && !privacy.equals("public")) {
            return HtmlPage.message(400, "Not changed", "Choose private or public.", exchange.logId());
        }
        try {
            publishing.privateAccount(form.first("account").orElse(""), privacy.equals("private"));
            return Responses.redirect(exchange.baseUrl() + "/?notice=privacy#publishing");
        } catch (NoSuchElementException e) {
            return HtmlPage.message(400, "Not changed", "There is no such sandbox account.", exchange.logId());
        }
    }
}
