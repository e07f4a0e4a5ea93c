/**
 * AI battle agents: a {@link io.battlesim.engine.agent.Strategy} decides, step by step, which real catalogue gifts
 * ({@link io.battlesim.engine.agent.GiftCatalogue}) and boosters to send for its side, seeing only what a viewer sees
 * ({@link io.battlesim.engine.agent.Observation}: scores unless misted, time left, the gift feed) and paying from a
 * {@link io.battlesim.engine.agent.Wallet} that refuses to overspend. Five strategies with documented behaviour are
 * made from an {@link io.battlesim.engine.agent.AgentSpec}. Pure and deterministic: randomness comes only from the
 * generator the caller passes, so a run is reproducible from its seed.
 */
@NullMarked
package io.battlesim.engine.agent;

import org.jspecify.annotations.NullMarked;
