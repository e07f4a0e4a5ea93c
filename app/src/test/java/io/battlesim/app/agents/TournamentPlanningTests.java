package io.battlesim.app.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.app.agents.InvalidTournamentException.FieldProblem;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.tournament.Pairing;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** Turning a tournament request into the engine's plan, or naming every wrong field. */
class TournamentPlanningTests {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private final TournamentPlanning planning = new TournamentPlanning(VALIDATION.getValidator(), 20_000);

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void fillsInTheFiveStrategiesAndARoundRobinOfTwoBattlesPerPairing() {
        TournamentPlanning.Planned planned = planning.plan(TournamentRequest.named("  Ladder  "), () -> 7L);

        assertThat(planned.name()).isEqualTo("Ladder");
        assertThat(planned.crowd()).isEqualTo(TournamentCrowd.NONE);
        assertThat(planned.battleSeconds()).isEqualTo(300);
        assertThat(planned.plan().pairing()).isEqualTo(Pairing.ROUND_ROBIN);
        assertThat(planned.plan().seed()).isEqualTo(7L);
        assertThat(planned.plan().agents()).extracting(agent -> agent.kind()).containsExactly(StrategyKind.values());
        assertThat(planned.plan().agents())
                .allSatisfy(agent -> assertThat(agent.budget()).isEqualTo(10_000));
        // five agents: five rounds of two pairings (one sits out), two battles each
        assertThat(planned.plan().totalGames()).isEqualTo(20);
    }

    @Test
    void playsEnoughSwissRoundsToSortTheField() {
        assertThat(TournamentPlanning.swissRounds(2)).isEqualTo(2);
        assertThat(TournamentPlanning.swissRounds(5)).isEqualTo(4);
        assertThat(TournamentPlanning.swissRounds(16)).isEqualTo(5);

        TournamentRequest swiss = new TournamentRequest("Swiss", "swiss", null, null, 4, 60, "typical", null, 1L);
        TournamentPlanning.Planned planned = planning.plan(swiss, () -> 0L);

        assertThat(planned.plan().pairing()).isEqualTo(Pairing.SWISS);
        assertThat(planned.plan().rounds()).isEqualTo(4);
        assertThat(planned.crowd()).isEqualTo(TournamentCrowd.TYPICAL);
    }

    @Test
    void namesEveryWrongFieldOfTheRequest() {
        List<TournamentRequest.Agent> agents = List.of(
                agent("Ok", "STEADY", 10L, null),
                agent(" ", "STEADY", -1L, null),
                agent("Bogus", "BERSERK", 10L, null),
                agent("ok", "SNIPER", 10L, null),
                agent("Typo", "STEADY", 10L, Map.of("tapsPerSecnd", 2.0)));
        TournamentRequest request =
                new TournamentRequest("", "ELIMINATION", 0, null, 1_000_000, 5, "HUGE", agents, null);

        assertThat(problems(request))
                .extracting(FieldProblem::field)
                .containsExactly(
                        "agents[1].budget",
                        "agents[1].name",
                        "battleSeconds",
                        "gamesPerPairing",
                        "name",
                        "rounds",
                        "format",
                        "crowd",
                        "agents[2].strategy",
                        "agents[3].name",
                        "agents[4].params");
        List<TournamentRequest.Agent> named = new ArrayList<>(agents);
        named.set(1, agent("Two", "STEADY", 10L, null));
        TournamentRequest fixedConstraints =
                new TournamentRequest("Name", "ELIMINATION", null, null, null, null, "HUGE", named, null);
        assertThat(problems(fixedConstraints))
                .extracting(FieldProblem::field)
                .containsExactly("format", "crowd", "agents[2].strategy", "agents[3].name", "agents[4].params");
        assertThat(problems(fixedConstraints))
                .filteredOn(problem -> problem.field().equals("agents[4].params"))
                .first()
                .extracting(FieldProblem::message)
                .asString()
                .contains("tapsPerSecnd");
    }

    @Test
    void refusesTooFewOrTooManyAgents() {
        List<TournamentRequest.Agent> seventeen = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            seventeen.add(agent("Agent " + i, "STEADY", 100L, null));
        }

        assertThat(problems(withAgents(List.of())))
                .containsExactly(new FieldProblem("agents", "must hold 2 to 16 agents"));
        assertThat(problems(withAgents(List.of(agent("Solo", "WHALE", 1L, null)))))
                .extracting(FieldProblem::field)
                .containsExactly("agents");
        assertThat(problems(withAgents(seventeen)))
                .extracting(FieldProblem::field)
                .containsExactly("agents");
    }

    @Test
    void refusesATournamentOfMoreBattlesThanAllowed() {
        List<TournamentRequest.Agent> sixteen = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            sixteen.add(agent("Agent " + i, "STEADY", 100L, null));
        }
        // 16 agents: 15 rounds of 8 pairings, 100 battles each, 10 times over: 120,000 battles
        TournamentRequest huge = new TournamentRequest("Huge", null, null, 10, 100, null, null, sixteen, null);

        assertThat(problems(huge)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("gamesPerPairing");
            assertThat(problem.message()).contains("120000 battles").contains("at most 20000");
        });
    }

    @Test
    void answersAsAProblemDetailListingTheFields() {
        InvalidTournamentException invalid = assertThatExceptionOfType(InvalidTournamentException.class)
                .isThrownBy(() -> planning.plan(withAgents(List.of()), () -> 0L))
                .actual();

        ProblemDetail body = invalid.getBody();
        assertThat(body.getStatus()).isEqualTo(400);
        assertThat(body.getDetail()).isEqualTo("Invalid value for: agents.");
        assertThat(body.getProperties()).containsKey("errors");
    }

    private List<FieldProblem> problems(TournamentRequest request) {
        try {
            planning.plan(request, () -> 0L);
        } catch (InvalidTournamentException invalid) {
            return invalid.problems();
        }
        return List.of();
    }

    private static TournamentRequest withAgents(List<TournamentRequest.Agent> agents) {
        return new TournamentRequest("Agents", null, null, null, null, null, null, agents, null);
    }

    private static TournamentRequest.Agent agent(
            String name, String strategy, Long budget, Map<String, Double> params) {
        return new TournamentRequest.Agent(name, strategy, budget, params);
    }
}
