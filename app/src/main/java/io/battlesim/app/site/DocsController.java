package io.battlesim.app.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API docs: Swagger UI's bundle (from its WebJar) inside the site's own page, so the header leads back to the
 * app. The page runs no inline script; Swagger UI styles itself inline, which the docs' policy allows.
 */
@Controller
class DocsController {

    @GetMapping("/docs")
    String docs() {
        return "docs";
    }
}
