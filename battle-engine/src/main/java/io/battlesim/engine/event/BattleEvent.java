package io.battlesim.engine.event;

/** Anything a battle can be fed: a LIVE event, a command from the app, or a TikTok LIVE Match event. */
public sealed interface BattleEvent permits LiveEvent, BattleCommand, MirrorEvent {

    /** When the event happened, in epoch milliseconds on the app's clock; the engine's only source of time. */
    long timestamp();
}
