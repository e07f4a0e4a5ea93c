package io.battlesim.engine.event;

/** An instruction from the app: start, tick the timers, end, resume after downtime, or trigger a power-up. */
public sealed interface BattleCommand extends BattleEvent permits Start, Tick, End, Resume, PowerUpTriggered {}
