package io.battlesim.engine.event;

/**
 * One of TikTok's own LIVE Match events ({@code linkMicBattle}, {@code linkMicArmies}, {@code linkMicBattleTask},
 * {@code linkMicBattleItemCard}); the first one switches the battle to mirror mode.
 */
public sealed interface MirrorEvent extends BattleEvent
        permits BattleStarted, ArmiesUpdated, MultiplierWindow, CardUsed, BattleFinished {

    /** The source's message id; never null. */
    String eventId();
}
