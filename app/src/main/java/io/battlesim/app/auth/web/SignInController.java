package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.AccountManagement;
import io.battlesim.app.auth.account.SignInResult;
import io.battlesim.app.tiktok.TikTokSettings;
import io.battlesim.tiktok.client.TikTokApiException;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TikTokException;
import io.battlesim.tiktok.client.TokenSet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign in with TikTok: the redirect to TikTok's consent page and the callback that comes back from it. */
@Controller
class SignInController {

    private static final Logger log = LoggerFactory.getLogger(SignInController.class);

    private final AuthorizationAttempts attempts;
    private final TikTokClient client;
    private final TikTokSettings tiktok;
    private final AccountManagement accounts;
    private final SessionSignIn sessionSignIn;
    private final PendingConsents pendingConsents;

    SignInController(
            AuthorizationAttempts attempts,
            TikTokClient client,
            TikTokSettings tiktok,
            AccountManagement accounts,
            SessionSignIn sessionSignIn,
            PendingConsents pendingConsents) {
        this.attempts = attempts;
        this.client = client;
        this.tiktok = tiktok;
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
        this.pendingConsents = pendingConsents;
    }

    /**
     * Starts a sign-in, on the redirect URI's host: a visitor on another name of this server is sent there first
     * ({@code moved} marks that hop, so a proxy that hides the real host cannot make it loop). {@code next} is the
     * page to return to once signed in: a path on this site, else home.
     */
    @GetMapping("/auth/tiktok")
    String startSignIn(
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String moved,
            @RequestParam(required = false) @Nullable String next) {
        Optional<CallbackHost> callback = CallbackHost.of(tiktok.redirectUri());
        if (callback.isPresent() && !callback.get().serves(request)) {
            if (moved == null) {
                return "redirect:" + callback.get().origin() + "/auth/tiktok?moved=1"
                        + ReturnPaths.valid(next)
                                .map(path -> "&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                                .orElse("");
            }
            log.warn(
                    "A sign-in reached this server as {}:{} although TikTok returns to {}: behind a proxy, set"
                            + " server.forward-headers-strategy so the app sees the public host",
                    request.getServerName(),
                    request.getServerPort(),
                    callback.get().origin());
        }
        HttpSession session = request.getSession(true);
        ReturnPaths.remember(session, next);
        return "redirect:" + attempts.start(session).authorizationUrl();
    }

    @GetMapping("/auth/tiktok/callback")
    String completeSignIn(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<AuthorizationAttempt> attempt = attempts.consume(request.getSession(false), state);
        if (error != null) {
            log.info("TikTok sign-in ended with error={} (state {})", error, attempt.isPresent() ? "valid" : "unknown");
            return "access_denied".equals(error)
                    ? SignInErrors.render(model, response, 200, SignInErrors.CANCELLED)
                    : SignInErrors.render(model, response, 400, SignInErrors.tiktokRefused(error));
        }
        if (attempt.isEmpty() || code == null || code.isBlank()) {
            log.info("TikTok callback refused: missing, unknown, expired or replayed state");
            return SignInErrors.render(model, response, 400, SignInErrors.INVALID_STATE);
        }
        try {
            TokenSet tokens = client.oauth()
                    .exchangeCode(code, tiktok.redirectUri(), attempt.get().codeVerifier());
            return switch (accounts.signIn(tokens)) {
                case SignInResult.SignedIn signedIn -> {
                    sessionSignIn.signIn(signedIn.user(), request, response);
                    yield "redirect:" + ReturnPaths.take(request.getSession(false));
                }
                case SignInResult.ConsentRequired required -> {
                    pendingConsents.keep(request.getSession(true), required.pending());
                    yield "redirect:/auth/consent";
                }
            };
        } catch (TikTokApiException e) {
            log.warn("TikTok refused the sign-in: {} (log_id {})", e.errorCode(), e.logId());
            return SignInErrors.render(model, response, 400, SignInErrors.tiktokRefused(e.errorCode()));
        } catch (TikTokException e) {
            log.warn("TikTok sign-in failed: {}", e.getMessage());
            return SignInErrors.render(model, response, 502, SignInErrors.UNAVAILABLE);
        }
    }
}
