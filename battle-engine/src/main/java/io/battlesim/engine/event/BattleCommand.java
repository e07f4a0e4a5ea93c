package io.battlesim.engine.event;

/** An instruction from the app: start, tick the timers, end, or trigger a power-up. */
public sealed interface BattleCommand extends BattleEvent permits Start, Tick, End, PowerUpTriggered {}
