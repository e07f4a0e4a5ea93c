package io.battlesim.app.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the home page; what it shows depends on the {@code currentUser} the auth module provides. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
