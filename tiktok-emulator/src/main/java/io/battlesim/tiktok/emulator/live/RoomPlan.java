package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.SandboxAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fixed, seed-derived facts of one creator's room.
 *
 * @param roomId the stable room id
 * @param account the host
 * @param hostUserId the host's Live API user id
 * @param title the stream title
 * @param guestUsernames the creators who join as guests whenever the room goes live
 * @param liveAtStart whether the room is LIVE when the emulator starts
 * @param liveFor how long the room has already been live when the emulator starts
 * @param baseViewers the viewer count the drift moves around
 * @param wavePhase the phase of the viewer drift's slow wave, in radians
 * @param ripplePhase the phase of the viewer drift's fast wave, in radians
 * @param startLikes the like total at emulator start
 * @param eventsPerSecond the generator's initial pace
 * @param audienceSize how many viewers the room's population has
 * @param seed the seed of the room's viewers and generator
 */
record RoomPlan(
        String roomId,
        SandboxAccount account,
        String hostUserId,
        String title,
        List<String> guestUsernames,
        boolean liveAtStart,
        Duration liveFor,
        long baseViewers,
        double wavePhase,
        double ripplePhase,
        long startLikes,
        double eventsPerSecond,
        int audienceSize,
        long seed) {

    /** The drifting viewer count of a broadcast that started at {@code startedAt}: a ramp-up, then two waves. */
    long viewersAt(Instant now, Instant startedAt) {
        double seconds = Math.max(0, Duration.between(startedAt, now).toMillis() / 1000.0);
        double rampUp = Math.min(1, 0.25 + seconds / 120);
        double waves = 1
                + 0.12 * Math.sin(2 * Math.PI * seconds / 97 + wavePhase)
                + 0.06 * Math.sin(2 * Math.PI * seconds / 23 + ripplePhase);
        return Math.max(1, Math.round(baseViewers * rampUp * waves));
    }
}
