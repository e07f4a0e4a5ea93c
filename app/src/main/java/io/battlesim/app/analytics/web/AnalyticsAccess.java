package io.battlesim.app.analytics.web;

import io.battlesim.app.analytics.BattleAnalyses;
import io.battlesim.app.analytics.compute.BattleAnalytics;
import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleNotFoundException;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.leaderboard.Leaderboards;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Who sees a battle's analytics: anyone, like the battle itself, except for a battle its owner took off the public
 * boards, which is its owner's alone (or its control token holder's): everybody else gets 404, as if it did not
 * exist.
 */
@Component
class AnalyticsAccess {

    private static final Pattern USERNAME = Pattern.compile("@?[\\p{L}\\p{N}._-]{1,64}");

    private final BattleManagement battles;
    private final BattleAnalyses analyses;
    private final Leaderboards boards;

    AnalyticsAccess(BattleManagement battles, BattleAnalyses analyses, Leaderboards boards) {
        this.battles = battles;
        this.analyses = analyses;
        this.boards = boards;
    }

    /** A battle's analytics for this viewer; throws {@link BattleNotFoundException} when they may not see them. */
    Viewed battle(String battleId, @Nullable SignedInUser user, @Nullable String controlToken) {
        BattleView battle = battles.find(battleId).orElseThrow(() -> new BattleNotFoundException(battleId));
        boolean owner = battles.controls(battle, user == null ? null : user.id(), controlToken);
        boolean hidden = boards.hidden(battle.id());
        if (hidden && !owner) {
            throw new BattleNotFoundException(battleId);
        }
        BattleAnalytics analytics = analyses.of(battle.id()).orElseThrow(() -> new BattleNotFoundException(battleId));
        return new Viewed(battle, analytics, owner, hidden);
    }

    /** A creator's username from a path, normalised; a 400 naming the parameter when it cannot be one. */
    static String creator(String username) {
        if (!USERNAME.matcher(username.strip()).matches()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST,
                    "username must be a TikTok username (letters, digits, dots, underscores; at most 64).");
            problem.setTitle("Invalid parameter");
            problem.setProperty("parameter", "username");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        return Leaderboards.normalise(username);
    }

    /**
     * A battle's analytics as one viewer may see them.
     *
     * @param owner whether the viewer controls the battle
     * @param hidden whether the battle is off the public boards
     */
    record Viewed(BattleView battle, BattleAnalytics analytics, boolean owner, boolean hidden) {}
}
