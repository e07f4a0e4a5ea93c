package io.battlesim.tiktok.emulator;

import java.util.Objects;

/**
 * A gift a viewer sends on command ({@link LiveRooms#sendGift}): a streakable (type 1) gift becomes {@code count}
 * taps with cumulative {@code repeat_count} followed by the {@code repeat_end} event; any other gift becomes one
 * event with {@code repeat_count = count}.
 *
 * @param sender a viewer's nickname, {@code unique_id} or {@code user_id}; an unknown nickname becomes a new viewer
 * @param gift a catalogue gift's name (any case) or id
 * @param count taps (type 1) or units (type 2), 1 to 999
 * @param toGuest true to send it to the room's first guest instead of the host
 * @param endEvent false to leave out a streak's {@code repeat_end} event, as happens in practice
 */
public record GiftCommand(String sender, String gift, int count, boolean toGuest, boolean endEvent) {

    /** Validates the values. */
    public GiftCommand {
        Objects.requireNonNull(sender, "sender must not be null");
        Objects.requireNonNull(gift, "gift must not be null");
        if (sender.isBlank() || sender.length() > 64) {
            throw new IllegalArgumentException("sender must be 1 to 64 characters");
        }
        if (gift.isBlank()) {
            throw new IllegalArgumentException("gift must not be blank");
        }
        if (count < 1 || count > 999) {
            throw new IllegalArgumentException("count must be between 1 and 999, got " + count);
        }
    }

    /**
     * A gift to the host, with its end event.
     *
     * @param sender the viewer's nickname, unique_id or user_id, must not be null
     * @param gift the gift's name or id, must not be null
     * @param count taps or units, 1 to 999
     */
    public GiftCommand(String sender, String gift, int count) {
        this(sender, gift, count, false, true);
    }

    /**
     * A gift with its end event.
     *
     * @param sender the viewer's nickname, unique_id or user_id, must not be null
     * @param gift the gift's name or id, must not be null
     * @param count taps or units, 1 to 999
     * @param toGuest true to send it to the room's guest
     */
    public GiftCommand(String sender, String gift, int count, boolean toGuest) {
        this(sender, gift, count, toGuest, true);
    }

    /**
     * The same gift sent to the room's guest.
     *
     * @return a new command, never null
     */
    public GiftCommand sentToGuest() {
        return new GiftCommand(sender, gift, count, true, endEvent);
    }

    /**
     * The same gift without its streak end event (a lost {@code repeat_end}).
     *
     * @return a new command, never null
     */
    public GiftCommand withoutEndEvent() {
        return new GiftCommand(sender, gift, count, toGuest, false);
    }
}
