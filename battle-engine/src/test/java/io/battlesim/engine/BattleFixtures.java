package io.battlesim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Object mother for battle tests: creators, viewers, gifts, configurations and events. */
final class BattleFixtures {

    static final long T0 = 1_700_000_000_000L;

    static final String ROOM_A = "room-a";
    static final String HOST_A = "host-a";
    static final String ROOM_B = "room-b";
    static final String HOST_B = "host-b";
    static final String GUEST_A = "guest-a";

    /** Streakable, 1 coin. */
    static final Gift ROSE = new Gift(5655, "Rose", 1, 1);
    /** Streakable, 5 coins. */
    static final Gift FINGER_HEART = new Gift(5487, "Finger Heart", 1, 5);
    /** Not streakable (type 2), 1,000 coins. */
    static final Gift GALAXY = new Gift(11046, "Galaxy", 2, 1000);
    /** Not streakable (type 4), 29,999 coins. */
    static final Gift LION = new Gift(6369, "Lion", 4, 29_999);

    static final Sender ALICE = new Sender("1001", "alice", "Alice");
    static final Sender BOB = new Sender("1002", "bob", "Bob <b>");
    static final Sender CAROL = new Sender("1003", "carol", "Carol");

    private BattleFixtures() {}

    static long at(double seconds) {
        return T0 + Math.round(seconds * 1000);
    }

    /** Two creators, each in their own room, A and B; 5 minutes; standard power-ups. */
    static BattleConfig.Builder oneVsOne() {
        return BattleConfig.builder("battle-1")
                .side(SideConfig.host("A", "Ava", ROOM_A, HOST_A).withGuest(GUEST_A))
                .side(SideConfig.host("B", "Leo", ROOM_B, HOST_B));
    }

    /** A battle started at {@link #T0}. */
    static Battle started(BattleConfig config) {
        Battle battle = new Battle(config);
        assertThat(battle.apply(new Start(T0))).isInstanceOf(ApplyResult.Applied.class);
        return battle;
    }

    static Battle startedOneVsOne() {
        return started(oneVsOne().build());
    }

    static Tick tick(double seconds) {
        return new Tick(at(seconds));
    }

    static PowerUpTriggered powerUp(String id, PowerUpKind kind, String side, double seconds) {
        return new PowerUpTriggered(id, kind, side, TriggeredBy.CREATOR, "creator", at(seconds));
    }

    static LikeReceived likes(String id, Sender sender, String room, int count, double seconds) {
        return new LikeReceived(id, room, sender, null, count, at(seconds));
    }

    static long score(Battle battle, String side) {
        BattleSnapshot.Side view = battle.snapshot().side(side);
        assertThat(view).as("side %s", side).isNotNull();
        return view.score();
    }

    /** The changes of an applied result (fails the test for any other outcome). */
    static List<Change> changesOf(ApplyResult result) {
        assertThat(result).isInstanceOf(ApplyResult.Applied.class);
        return ((ApplyResult.Applied) result).changes();
    }

    static ApplyResult applyAll(Battle battle, BattleEvent... events) {
        ApplyResult last = null;
        for (BattleEvent event : events) {
            last = battle.apply(event);
        }
        assertThat(last).isNotNull();
        return last;
    }

    /** Gifts of one kind from one viewer into one room; by default to the host, in combo "combo-1". */
    static GiftSpec gift(Sender sender, Gift gift) {
        return new GiftSpec(ROOM_A, sender, null, gift, "combo-1");
    }

    record GiftSpec(
            String room,
            Sender sender,
            @Nullable String receiver,
            Gift gift,
            @Nullable String group) {

        GiftSpec in(String newRoom) {
            return new GiftSpec(newRoom, sender, receiver, gift, group);
        }

        GiftSpec to(String receiverUserId) {
            return new GiftSpec(room, sender, receiverUserId, gift, group);
        }

        GiftSpec group(@Nullable String newGroup) {
            return new GiftSpec(room, sender, receiver, gift, newGroup);
        }

        /** A provisional streak event (or a non-streakable gift's only event). */
        GiftReceived tap(String id, int count, double seconds) {
            return new GiftReceived(id, room, sender, receiver, gift, count, false, group, at(seconds));
        }

        /** The event ending a streak. */
        GiftReceived end(String id, int count, double seconds) {
            return new GiftReceived(id, room, sender, receiver, gift, count, true, group, at(seconds));
        }

        /** A single tap as TikTok sends it: twice, not ended then ended, count 1 both times. */
        GiftReceived[] singleTap(String id, double seconds) {
            return new GiftReceived[] {tap(id + "-a", 1, seconds), end(id + "-b", 1, seconds + 0.2)};
        }
    }

    static Duration seconds(long value) {
        return Duration.ofSeconds(value);
    }
}
