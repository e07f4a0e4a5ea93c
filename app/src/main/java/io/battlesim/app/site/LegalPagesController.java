package io.battlesim.app.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the privacy policy and the terms of use. */
@Controller
class LegalPagesController {

    @GetMapping("/privacy")
    String privacy() {
        return "privacy";
    }

    @GetMapping("/terms")
    String terms() {
        return "terms";
    }
}
