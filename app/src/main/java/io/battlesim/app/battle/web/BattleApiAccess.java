package io.battlesim.app.battle.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.tiktok.TikTokConnection;
import io.battlesim.app.tiktok.TikTokMode;
import io.battlesim.engine.powerup.TriggeredBy;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Who may do what with the battle API. In emulator mode (the local demo) anyone may create battles, and battles
 * without an owner may be controlled by anyone; in real mode creating needs a signed-in user (session or bearer
 * app session) and only a battle's owner controls it. Boosters: the owner triggers as CREATOR, anyone else who may
 * call as AUDIENCE (the battle's rules decide which boosters the audience may use).
 */
@Component
class BattleApiAccess {

    private final boolean emulator;

    BattleApiAccess(TikTokConnection connection) {
        this.emulator = connection.mode() == TikTokMode.EMULATOR;
    }

    @Nullable
    Long requireCreator(@Nullable SignedInUser user) {
        if (user == null && !emulator) {
            throw unauthenticated();
        }
        return user == null ? null : user.id();
    }

    boolean controls(BattleView battle, @Nullable SignedInUser user) {
        Long owner = battle.setup().ownerUserId();
        if (owner == null) {
            return emulator;
        }
        return user != null && user.id() == owner;
    }

    void requireControl(BattleView battle, @Nullable SignedInUser user) {
        if (controls(battle, user)) {
            return;
        }
        if (user == null) {
            throw unauthenticated();
        }
        throw problem(HttpStatus.FORBIDDEN, "Forbidden", "Only the battle's owner may do this.");
    }

    TriggeredBy triggerer(BattleView battle, @Nullable SignedInUser user) {
        if (controls(battle, user)) {
            return TriggeredBy.CREATOR;
        }
        if (user == null && !emulator) {
            throw unauthenticated();
        }
        return TriggeredBy.AUDIENCE;
    }

    private static ErrorResponseException unauthenticated() {
        return problem(
                HttpStatus.UNAUTHORIZED,
                "Sign-in required",
                "Sign in with TikTok, or send Authorization: Bearer <app session token>.");
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
