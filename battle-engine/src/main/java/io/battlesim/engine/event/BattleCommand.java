package io.battlesim.engine.event;

/**
 * An instruction from the app: start, tick the timers, end, resume after downtime, trigger a power-up, count a
 * viewer's vote or change the audience rules.
 */
public sealed interface BattleCommand extends BattleEvent
        permits Start, Tick, End, Resume, PowerUpTriggered, AudienceVote, AudienceRulesChanged {}
