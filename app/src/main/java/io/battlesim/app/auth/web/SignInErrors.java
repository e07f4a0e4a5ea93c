package io.battlesim.app.auth.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** The friendly page every failed sign-in ends on: a short human message, never a stack trace. */
final class SignInErrors {

    static final String VIEW = "auth/signin-error";
    static final String CANCELLED = "You cancelled signing in with TikTok. Nothing was stored.";
    static final String INVALID_STATE =
            "This sign-in link has expired or was already used. Please connect" + " TikTok again.";
    static final String EXPIRED = "Your sign-in took too long and has expired. Please connect TikTok again.";
    static final String UNAVAILABLE = "TikTok could not be reached just now. Please try again in a moment.";

    private SignInErrors() {}

    static String render(Model model, HttpServletResponse response, int status, String problem) {
        response.setStatus(status);
        model.addAttribute("problem", problem);
        return VIEW;
    }

    /** The message for an error code TikTok (or whoever crafted the link) sent; odd codes are not echoed. */
    static String tiktokRefused(String errorCode) {
        String shown = errorCode.matches("[a-z_]{1,40}") ? errorCode : "unexpected error";
        return "TikTok did not complete the sign-in (" + shown + "). Please try again.";
    }
}
