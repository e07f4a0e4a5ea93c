package io.battlesim.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects the Content-Security-Policy violations of every page of a browser context (the DOM's
 * {@code securitypolicyviolation} events and Chromium's "Refused to …" console errors), so a browser test fails
 * when a page needs something its policy forbids.
 */
final class CspViolations {

    private static final String MARKER = "csp-violation: ";

    private final List<String> violations = new CopyOnWriteArrayList<>();

    private CspViolations() {}

    static CspViolations watch(BrowserContext context) {
        CspViolations watcher = new CspViolations();
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error('" + MARKER
                + "' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.documentURI));");
        context.onConsoleMessage(message -> {
            String text = message.text();
            if (text.startsWith(MARKER) || text.contains("Content Security Policy")) {
                watcher.violations.add(text);
            }
        });
        return watcher;
    }

    void assertNone() {
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }
}
