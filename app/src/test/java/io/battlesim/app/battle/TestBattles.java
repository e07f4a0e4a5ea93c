package io.battlesim.app.battle;

import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.powerup.PowerUpKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Setups and LIVE events for battle tests: Ava (room r-ava, side s1) against Leo (room r-leo, side s2). */
final class TestBattles {

    static final Gift ROSE = new Gift(5655, "Rose", 1, 1);
    static final Gift SUNGLASSES = new Gift(8843, "Sunglasses", 1, 199);
    static final Gift CORGI = new Gift(6267, "Corgi", 2, 299);
    static final Gift SWAN = new Gift(7168, "Swan", 2, 699);

    private TestBattles() {}

    static BattleSetup avaVsLeo(Duration duration) {
        return avaVsLeo(duration, SourceKind.INGEST, null);
    }

    static BattleSetup avaVsLeo(Duration duration, SourceKind source, @Nullable Long owner) {
        return new BattleSetup(
                "Ava <Sparks> vs Leo",
                List.of(
                        new SideSetup("Ava Sparks", List.of(RoomBinding.host("ava.sparks", "r-ava", "u-ava"))),
                        new SideSetup("Leo Beats", List.of(RoomBinding.host("leo.beats", "r-leo", "u-leo")))),
                new BattleRules(duration, null, 0, EnumSet.of(PowerUpKind.MAGIC_MIST)),
                source,
                owner);
    }

    static Sender viewer(String name) {
        return new Sender("id-" + name, name, name.toUpperCase());
    }

    /** A gift to a room's host (no receiver). */
    static GiftReceived gift(
            String eventId, String room, Sender sender, Gift gift, int count, boolean end, String group, long at) {
        return new GiftReceived(eventId, room, sender, null, gift, count, end, group, at);
    }

    /** A gift that is final at once (non-streakable, type 2). */
    static GiftReceived bigGift(String eventId, String room, Sender sender, Gift gift, long at) {
        return new GiftReceived(eventId, room, sender, null, gift, 1, false, null, at);
    }

    static LikeReceived like(String eventId, String room, Sender sender, int likes, long at) {
        return new LikeReceived(eventId, room, sender, null, likes, at);
    }

    static Admission admitted(CompletableFuture<Admission> future) {
        return future.join();
    }
}
