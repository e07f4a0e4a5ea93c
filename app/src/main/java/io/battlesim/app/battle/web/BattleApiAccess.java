package io.battlesim.app.battle.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleView;
import io.battlesim.engine.powerup.TriggeredBy;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Who may do what with the battle API, the same in emulator and real mode ({@link BattleManagement#controls}):
 * anyone may create a battle; one created by a signed-in user is controlled by that user alone, one created
 * without signing in by whoever presents the control token its creation returned ({@value #CONTROL_HEADER}).
 * Boosters: the controller triggers as CREATOR, any other signed-in user as AUDIENCE (the battle's rules decide
 * which boosters the audience may use); an anonymous stranger not at all.
 */
@Component
class BattleApiAccess {

    static final String CONTROL_HEADER = "X-Control-Token";

    private final BattleManagement battles;

    BattleApiAccess(BattleManagement battles) {
        this.battles = battles;
    }

    boolean controls(BattleView battle, @Nullable SignedInUser user, @Nullable String controlToken) {
        return battles.controls(battle, user == null ? null : user.id(), controlToken);
    }

    void requireControl(BattleView battle, @Nullable SignedInUser user, @Nullable String controlToken) {
        if (controls(battle, user, controlToken)) {
            return;
        }
        if (user == null) {
            // a wrong control token is a failed authentication like a wrong key: 401, which the rate limiter counts
            throw controlToken == null ? unauthenticated() : wrongToken();
        }
        throw problem(
                HttpStatus.FORBIDDEN,
                "Forbidden",
                battle.setup().ownerUserId() == null
                        ? "Only the holder of this battle's control token may do this."
                        : "Only the battle's owner may do this.");
    }

    TriggeredBy triggerer(BattleView battle, @Nullable SignedInUser user, @Nullable String controlToken) {
        if (controls(battle, user, controlToken)) {
            return TriggeredBy.CREATOR;
        }
        if (user == null) {
            throw controlToken == null ? unauthenticated() : wrongToken();
        }
        return TriggeredBy.AUDIENCE;
    }

    private static ErrorResponseException unauthenticated() {
        return problem(
                HttpStatus.UNAUTHORIZED,
                "Sign-in required",
                "Sign in with TikTok or send Authorization: Bearer <app session token>; for a battle created without"
                        + " signing in, send its control token as " + CONTROL_HEADER + ".");
    }

    private static ErrorResponseException wrongToken() {
        return problem(
                HttpStatus.UNAUTHORIZED,
                "Wrong control token",
                "The " + CONTROL_HEADER + " sent is not this battle's.");
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
