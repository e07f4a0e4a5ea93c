package io.battlesim.tiktok.emulator.accounts;

import java.util.List;

/** The fixed part of a sandbox account; the seed decides ids and statistics. */
record Persona(String username, String displayName, String bio, Tier tier) {

    /** How big the creator is; decides the range of the follower count and the verified badge. */
    enum Tier {
        BIG(1_200_000, 6_000_000),
        MID(40_000, 900_000),
        SMALL(800, 30_000);

        final long minFollowers;
        final long maxFollowers;

        Tier(long minFollowers, long maxFollowers) {
            this.minFollowers = minFollowers;
            this.maxFollowers = maxFollowers;
        }
    }

    static final List<Persona> ALL = List.of(
            new Persona(
                    "ava.sparks", "Ava Sparks", "DIY light shows and stage effects ✨ Battles every Friday.", Tier.BIG),
            new Persona("leo.beats", "Leo Beats", "Finger drummer. 140 BPM or nothing 🥁", Tier.MID),
            new Persona("mia.moves", "Mia Moves", "Dance challenges & choreo breakdowns 💃", Tier.BIG),
            new Persona("noah.laughs", "Noah Laughs", "Sketch comedy, mostly about my cat.", Tier.SMALL),
            new Persona("zoe.paints", "Zoë Paints", "Watercolour timelapses 🎨 commissions open", Tier.MID),
            new Persona(
                    "kai.games",
                    "Kai <Games> & \"Co\"",
                    "Speedruns <live> & co-op with \"friends\" — bring snacks & GG",
                    Tier.MID),
            new Persona("luna.sings", "Luna Sings", "🎤 Covers, originals and 2 a.m. harmonies", Tier.BIG),
            new Persona("omar.cooks", "Omar Cooks", "15-minute dinners, zero fuss 🍳", Tier.SMALL),
            new Persona("ivy.reads", "Ivy Reads", "BookTok: one book, sixty seconds 📚", Tier.SMALL),
            new Persona("max.fixes", "Max Fixes", "Repairing broken gadgets so you don't have to 🔧", Tier.MID));
}
