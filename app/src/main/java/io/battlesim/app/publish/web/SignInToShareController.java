package io.battlesim.app.publish.web;

import io.battlesim.app.auth.SignedInUser;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a signed-out visitor of a {@code /publish/} page lands: it says that sharing needs a TikTok sign-in and
 * offers one that returns to the page they asked for. A signed-in visitor goes straight there.
 */
@Controller
class SignInToShareController {

    private static final String POSTS = "/publish/jobs";
    // a page of the publish module, nothing else (the sign-in checks the path again)
    private static final Pattern PUBLISH_PAGE = Pattern.compile("/publish/(?!sign-in)[A-Za-z0-9\\-._~/%?=&]*");

    @GetMapping("/publish/sign-in")
    String signInToShare(
            @RequestParam(required = false) @Nullable String next,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            Model model) {
        String target = next != null
                        && next.length() <= 512
                        && PUBLISH_PAGE.matcher(next).matches()
                ? next
                : POSTS;
        if (user != null) {
            return "redirect:" + target;
        }
        model.addAttribute("next", target);
        return "publish/sign-in";
    }
}
