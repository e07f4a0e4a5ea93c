package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.LiveGift;
import io.battlesim.tiktok.emulator.LiveStatus;
import io.battlesim.tiktok.emulator.http.FormData;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Makes one room's events: message and streak-group ids from the room's salt, timestamps from the emulator clock,
 * absolute avatar and gift image URLs, and the room's running like total. Not thread-safe: the owning room guards
 * it.
 */
final class EventFactory {

    private static final long GROUP_SALT = 0x6A09E667F3BCC909L;

    private final long salt;
    private final Clock clock;
    private final Supplier<String> baseUrl;
    private long messages;
    private long groups;
    private long totalLikes;

    EventFactory(long salt, Clock clock, Supplier<String> baseUrl) {
        this.salt = salt;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    LiveEvent.Gift gift(Viewer viewer, String receiverUserId, LiveGift gift, int count, boolean end, String group) {
        return new LiveEvent.Gift(
                nextMsgId(), now(), sender(viewer), receiverUserId, gift, giftImageUrl(gift), count, end, group);
    }

    LiveEvent.Like likes(Viewer viewer, int count) {
        totalLikes += count;
        return new LiveEvent.Like(nextMsgId(), now(), sender(viewer), count, totalLikes);
    }

    LiveEvent.Chat chat(Viewer viewer, String comment) {
        return new LiveEvent.Chat(nextMsgId(), now(), sender(viewer), comment);
    }

    LiveEvent.Member member(Viewer viewer) {
        return new LiveEvent.Member(nextMsgId(), now(), sender(viewer));
    }

    LiveEvent.RoomStatus status(LiveStatus status, long timestamp) {
        return new LiveEvent.RoomStatus(nextMsgId(), timestamp, status);
    }

    String newGroupId() {
        return Ids.sequenceId(salt ^ GROUP_SALT, ++groups);
    }

    void resetLikes(long total) {
        totalLikes = total;
    }

    long now() {
        return clock.millis();
    }

    String giftImageUrl(LiveGift gift) {
        return baseUrl.get() + "/live/gifts/" + gift.id() + ".svg";
    }

    private LiveEvent.Sender sender(Viewer viewer) {
        String avatar = baseUrl.get() + "/live/avatars/" + FormData.encode(viewer.userId()) + ".svg";
        return new LiveEvent.Sender(viewer.userId(), viewer.uniqueId(), viewer.nickname(), avatar);
    }

    private String nextMsgId() {
        return Ids.sequenceId(salt, ++messages);
    }
}
