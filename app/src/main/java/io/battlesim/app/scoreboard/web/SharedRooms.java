package io.battlesim.app.scoreboard.web;

import io.battlesim.app.battle.RoomBinding;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Finds creators of one battle who share a LIVE room right now: one a guest in the other's LIVE (as {@code
 * noah.laughs} in {@code mia.moves}'s), the same room, or the same guest in both. Gifts in a shared room would count
 * for both, so the battle could not start; the later creator's field says why in plain words.
 */
final class SharedRooms {

    private SharedRooms() {}

    static void reject(List<BattleSetups.Placed> placed, Errors errors) {
        for (int later = 1; later < placed.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                String problem = problem(placed.get(earlier), placed.get(later));
                if (problem != null) {
                    errors.rejectValue(placed.get(later).field(), "sharedRoom", problem);
                    break;
                }
            }
        }
    }

    private static @Nullable String problem(BattleSetups.Placed first, BattleSetups.Placed second) {
        RoomBinding a = first.room();
        RoomBinding b = second.room();
        String outcome = first.side() == second.side()
                ? ", so gifts in that LIVE already count for this side: leave one of them out."
                : ", so both would score the same gifts: pick another creator.";
        if (a.guestUserIds().contains(b.hostUserId())) {
            return guest(b, a) + outcome;
        }
        if (b.guestUserIds().contains(a.hostUserId())) {
            return guest(a, b) + outcome;
        }
        if (a.roomId().equals(b.roomId())) {
            return "@" + a.username() + " and @" + b.username() + " are in the same LIVE right now" + outcome;
        }
        if (a.guestUserIds().stream().anyMatch(b.guestUserIds()::contains)) {
            return "@" + a.username() + " and @" + b.username() + " have the same guest in their LIVEs right now"
                    + outcome;
        }
        return null;
    }

    private static String guest(RoomBinding guest, RoomBinding host) {
        return "@" + guest.username() + " is a guest in @" + host.username() + "'s LIVE right now";
    }
}
