package io.battlesim.tiktok.client;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Striped locks keyed by open id: every {@link UserSession} of the same user on the same client shares one lock,
 * so two sessions can never refresh (and thereby rotate away) the same refresh token at once.
 */
final class SessionLocks {

    private static final int STRIPES = 64;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    SessionLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    ReentrantLock forOpenId(String openId) {
        return stripes[Math.floorMod(openId.hashCode(), STRIPES)];
    }
}
