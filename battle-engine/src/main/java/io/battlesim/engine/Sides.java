package io.battlesim.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Maps rooms, receivers and side ids to side indexes. */
final class Sides {

    static final int UNKNOWN_ROOM = -1;
    static final int UNKNOWN_RECEIVER = -2;

    private final SmallIndex byRoom = new SmallIndex();
    private final SmallIndex byReceiver = new SmallIndex();
    private final SmallIndex byId = new SmallIndex();

    Sides(List<SideConfig> sides) {
        for (int i = 0; i < sides.size(); i++) {
            SideConfig side = sides.get(i);
            byId.put(side.id(), i);
            for (String room : side.roomIds()) {
                byRoom.put(room, i);
            }
            for (String receiver : side.receiverUserIds()) {
                byReceiver.put(receiver, i);
            }
        }
    }

    /** The side a gift or like counts for: its receiver's, else the room host's; or a negative code. */
    int resolve(@Nullable String receiverUserId, String roomId) {
        if (receiverUserId != null) {
            int side = byReceiver.get(receiverUserId);
            return side >= 0 ? side : UNKNOWN_RECEIVER;
        }
        int side = byRoom.get(roomId);
        return side >= 0 ? side : UNKNOWN_ROOM;
    }

    /** The side of a creator (host or guest), or -1. */
    int ofUser(String userId) {
        return byReceiver.get(userId);
    }

    /** The side with this id, or -1. */
    int indexOf(String sideId) {
        return byId.get(sideId);
    }
}
