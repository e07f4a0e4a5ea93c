package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.AccountManagement;
import io.battlesim.app.auth.account.AppUser;
import io.battlesim.app.auth.account.ConsentAnswers;
import io.battlesim.app.auth.account.PendingConsent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first-sign-in consent page: a first-time user confirms they are 13 or older and accepts the data use
 * described on {@code /privacy}, or cancels (the TikTok token is revoked, nothing is stored).
 */
@Controller
class ConsentController {

    static final String VIEW = "auth/consent";
    static final String MISSING_ANSWERS =
            "To continue, confirm that you are 13 or older and agree to the data use described in the privacy notice.";

    private final AccountManagement accounts;
    private final SessionSignIn sessionSignIn;
    private final PendingConsents pendingConsents;
    private final Clock clock;

    ConsentController(
            AccountManagement accounts,
            SessionSignIn sessionSignIn,
            PendingConsents pendingConsents,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
        this.pendingConsents = pendingConsents;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping("/auth/consent")
    String initConsentForm(HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<PendingConsent> pending = livePending(request);
        if (pending.isEmpty()) {
            return SignInErrors.render(model, response, 400, SignInErrors.EXPIRED);
        }
        model.addAttribute("profile", pending.get().profile());
        model.addAttribute("returningUser", pending.get().returningUser());
        return VIEW;
    }

    @PostMapping("/auth/consent")
    String processConsentForm(
            @RequestParam(defaultValue = "false") boolean ageConfirmed,
            @RequestParam(defaultValue = "false") boolean consentAccepted,
            @RequestParam(defaultValue = "accept") String decision,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<PendingConsent> pending = livePending(request);
        if (pending.isEmpty()) {
            return SignInErrors.render(model, response, 400, SignInErrors.EXPIRED);
        }
        if ("cancel".equals(decision)) {
            pendingConsents.forget(request.getSession(false));
            accounts.discard(pending.get());
            return "redirect:/";
        }
        var answers = new ConsentAnswers(ageConfirmed, consentAccepted);
        if (!answers.complete()) {
            model.addAttribute("profile", pending.get().profile());
            model.addAttribute("returningUser", pending.get().returningUser());
            model.addAttribute("ageConfirmed", ageConfirmed);
            model.addAttribute("consentAccepted", consentAccepted);
            model.addAttribute("error", MISSING_ANSWERS);
            response.setStatus(400);
            return VIEW;
        }
        AppUser user = accounts.register(pending.get(), answers);
        pendingConsents.forget(request.getSession(false));
        sessionSignIn.signIn(user, request, response);
        return "redirect:" + ReturnPaths.take(request.getSession(false));
    }

    /** The pending consent of this session; an expired one is revoked at TikTok and dropped. */
    private Optional<PendingConsent> livePending(HttpServletRequest request) {
        Optional<PendingConsent> pending = pendingConsents.find(request.getSession(false));
        if (pending.isPresent() && pending.get().expiredAt(clock.instant())) {
            pendingConsents.forget(request.getSession(false));
            accounts.discard(pending.get());
            return Optional.empty();
        }
        return pending;
    }
}
