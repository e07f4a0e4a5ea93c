package io.battlesim.app.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what the page layout needs on every page. Offline mode is read from configuration rather than from the
 * tiktok module so that the site stays independent of it: an empty client key means the built-in emulator is
 * mounted at {@code /emulator}.
 */
@ControllerAdvice
class SiteModelAttributes {

    private final boolean offlineMode;

    SiteModelAttributes(@Value("${app.tiktok.client-key:}") String clientKey) {
        this.offlineMode = clientKey.isBlank();
    }

    @ModelAttribute("offlineMode")
    boolean offlineMode() {
        return offlineMode;
    }
}
