package io.battlesim.app.battle;

import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out one battle's update sequence numbers. Numbers are reserved in blocks whose upper end is stored
 * before any number of the block is used, so after a restart the sequence resumes above everything handed out.
 * Confined to the battle's writer thread.
 */
final class UpdateSequence {

    static final int BLOCK = 1_000;

    private static final Logger log = LoggerFactory.getLogger(UpdateSequence.class);

    private final LongConsumer reserve;
    private long next;
    private long reservedUpTo;

    /** @param highWaterMark the stored upper end of the last reserved block (0 for a new battle) */
    UpdateSequence(long highWaterMark, LongConsumer reserve) {
        this.reserve = reserve;
        this.next = highWaterMark + 1;
        this.reservedUpTo = highWaterMark;
    }

    long next() {
        if (next > reservedUpTo) {
            long upTo = next + BLOCK - 1;
            try {
                reserve.accept(upTo);
            } catch (RuntimeException e) {
                log.warn("Could not store the update sequence high-water mark {}: {}", upTo, e.toString());
            }
            reservedUpTo = upTo;
        }
        return next++;
    }

    /** The last number handed out, 0 when none. */
    long last() {
        return next - 1;
    }
}
