package io.battlesim.engine.sim;

import io.battlesim.engine.event.Sender;

/** The simulated crowd's senders, made once and shared (they are immutable), so a battle allocates none. */
final class Viewers {

    /** Everyday gifters available to a crowd. */
    static final int REGULAR = 1024;

    /** Big spenders available to a crowd. */
    static final int BIG = 64;

    private static final Sender[] REGULARS = senders(REGULAR, "crowd:", "viewer", "Viewer ");
    private static final Sender[] BIGS = senders(BIG, "crowd:big", "bigspender", "Big Spender ");

    private Viewers() {}

    static Sender regular(int index) {
        return REGULARS[index];
    }

    static Sender big(int index) {
        return BIGS[index];
    }

    private static Sender[] senders(int count, String idPrefix, String handlePrefix, String namePrefix) {
        Sender[] senders = new Sender[count];
        for (int i = 0; i < count; i++) {
            senders[i] = new Sender(idPrefix + i, handlePrefix + i, namePrefix + (i + 1));
        }
        return senders;
    }
}
