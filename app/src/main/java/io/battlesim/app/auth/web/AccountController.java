package io.battlesim.app.auth.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.auth.account.AccountManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** The account buttons: disconnect TikTok, and delete all my data. Both sign the user out. */
@Controller
class AccountController {

    private final AccountManagement accounts;
    private final SessionSignIn sessionSignIn;

    AccountController(AccountManagement accounts, SessionSignIn sessionSignIn) {
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
    }

    @PostMapping("/auth/disconnect")
    String disconnect(
            @AuthenticationPrincipal @Nullable SignedInUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (user != null) {
            accounts.disconnect(user.id());
        }
        sessionSignIn.signOut(request, response);
        return "redirect:/?disconnected";
    }

    @PostMapping("/account/delete")
    String deleteAllData(
            @AuthenticationPrincipal SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        accounts.delete(user.id());
        sessionSignIn.signOut(request, response);
        return "redirect:/?deleted";
    }
}
