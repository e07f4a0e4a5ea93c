package io.battlesim.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentSpecTests {

    @Test
    void makesTheStrategyItsKindNames() {
        assertThat(AgentSpec.of("a", StrategyKind.STEADY, 1).strategy()).isInstanceOf(SteadyGiver.class);
        assertThat(AgentSpec.of("a", StrategyKind.SNIPER, 1).strategy()).isInstanceOf(Sniper.class);
        assertThat(AgentSpec.of("a", StrategyKind.WHALE, 1).strategy()).isInstanceOf(Whale.class);
        assertThat(AgentSpec.of("a", StrategyKind.REACTIVE, 1).strategy()).isInstanceOf(ReactiveGiver.class);
        assertThat(AgentSpec.of("a", StrategyKind.PLANNER, 1).strategy()).isInstanceOf(BudgetPlanner.class);
    }

    @Test
    void makesAFreshStrategyForEachBattle() {
        AgentSpec spec = AgentSpec.of("a", StrategyKind.WHALE, 1);

        assertThat(spec.strategy()).isNotSameAs(spec.strategy());
    }

    @Test
    void readsTunablesByName() {
        Map<String, Double> params = Map.of("threshold", 5_000.0, "factor", 2.0);

        assertThat(Whale.Params.of(params)).isEqualTo(new Whale.Params(5_000, 2.0));
        assertThat(Sniper.Params.of(Map.of("useGlove", 0.0)).useGlove()).isFalse();
        assertThat(SteadyGiver.Params.of(Map.of())).isEqualTo(SteadyGiver.Params.DEFAULTS);
    }

    @Test
    void refusesATunableTheStrategyDoesNotKnow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AgentSpec.of("a", StrategyKind.SNIPER, 1).with("treshold", 1))
                .withMessageContaining("sniper has no tunable 'treshold'");
    }

    @Test
    void refusesATunableOutOfRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AgentSpec.of("a", StrategyKind.SNIPER, 1).with("finalShare", 1.5));
    }

    @Test
    void refusesANegativeBudget() {
        assertThatIllegalArgumentException().isThrownBy(() -> AgentSpec.of("a", StrategyKind.STEADY, -1));
    }
}
