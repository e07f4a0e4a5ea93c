package io.battlesim.app.agents.web;

import io.battlesim.app.agents.TournamentRequest;
import io.battlesim.app.agents.TournamentService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The start form as the browser posts it (a mutable bean so Spring binds {@code agents[2].budget}). Numbers are
 * kept as typed, so that "abc" comes back with a message at its field instead of a binding error; {@link
 * #toRequest} reads them. Starts with the five strategies, each removable.
 */
public class TournamentForm {

    static final int MAX_AGENTS = TournamentRequest.MAX_AGENTS;

    private String name = "";
    private String format = "ROUND_ROBIN";
    private String cycles = "1";
    private String rounds = "";
    private String gamesPerPairing = "2";
    private String battleSeconds = "300";
    private String crowd = "NONE";
    private String seed = "";
    private List<AgentRow> agents = new ArrayList<>();

    /** One agent's inputs. */
    public static class AgentRow {

        private String name = "";
        private String strategy = "STEADY";
        private String budget = "10000";
        private String params = "";

        public String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name == null ? "" : name;
        }

        public String getStrategy() {
            return strategy;
        }

        public void setStrategy(@Nullable String strategy) {
            this.strategy = strategy == null ? "" : strategy;
        }

        public String getBudget() {
            return budget;
        }

        public void setBudget(@Nullable String budget) {
            this.budget = budget == null ? "" : budget;
        }

        public String getParams() {
            return params;
        }

        public void setParams(@Nullable String params) {
            this.params = params == null ? "" : params;
        }
    }

    /** A new form: the five strategies with their default budgets. */
    static TournamentForm withDefaults() {
        TournamentForm form = new TournamentForm();
        for (TournamentRequest.Agent agent : TournamentService.defaultAgents()) {
            AgentRow row = new AgentRow();
            row.setName(agent.name());
            row.setStrategy(agent.strategy());
            row.setBudget(Long.toString(agent.budget()));
            form.agents.add(row);
        }
        return form;
    }

    /** Every field the form binds (agents up to one more than allowed, so that 17 agents read "too many"). */
    static String[] fieldNames() {
        List<String> names = new ArrayList<>(
                List.of("name", "format", "cycles", "rounds", "gamesPerPairing", "battleSeconds", "crowd", "seed"));
        for (int i = 0; i <= MAX_AGENTS; i++) {
            for (String field : List.of("name", "strategy", "budget", "params")) {
                names.add("agents[" + i + "]." + field);
            }
        }
        return names.toArray(String[]::new);
    }

    /** After binding: no missing rows (a gap in the posted indexes binds as null). */
    void normalise() {
        agents.replaceAll(row -> row == null ? new AgentRow() : row);
    }

    /** "+ Add agent" ({@code add}) or "Remove" ({@code remove-<index>}). */
    void edit(String action) {
        if (action.equals("add") && agents.size() < MAX_AGENTS) {
            AgentRow row = new AgentRow();
            row.setName("Agent " + (agents.size() + 1));
            agents.add(row);
        } else if (action.startsWith("remove-")) {
            try {
                int index = Integer.parseInt(action.substring("remove-".length()));
                if (index >= 0 && index < agents.size()) {
                    agents.remove(index);
                }
            } catch (NumberFormatException notAnIndex) {
                // a tampered button: nothing to remove
            }
        }
    }

    /** The request these inputs make, or empty with a message at each number or tunable list that does not read. */
    Optional<TournamentRequest> toRequest(BindingResult result) {
        Integer cyclesValue = number("cycles", cycles, result);
        Integer roundsValue = number("rounds", rounds, result);
        Integer games = number("gamesPerPairing", gamesPerPairing, result);
        Integer seconds = number("battleSeconds", battleSeconds, result);
        Long seedValue = whole("seed", seed, result);
        List<TournamentRequest.Agent> requested = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            AgentRow row = agents.get(i);
            Long budget = whole("agents[" + i + "].budget", row.budget, result);
            Map<String, Double> tunables = tunables("agents[" + i + "].params", row.params, result);
            requested.add(new TournamentRequest.Agent(row.name, row.strategy, budget, tunables));
        }
        if (result.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new TournamentRequest(
                name, format, roundsValue, cyclesValue, games, seconds, crowd, requested, seedValue));
    }

    private static @Nullable Integer number(String field, String text, BindingResult result) {
        Long value = whole(field, text, result);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            result.rejectValue(field, "tooBig", "is far too big");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    private static @Nullable Long whole(String field, String text, BindingResult result) {
        String digits = text.strip().replace(",", "").replace("_", "");
        if (digits.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException notANumber) {
            result.rejectValue(field, "notANumber", "must be a whole number");
            return null;
        }
    }

    /** {@code tapsPerSecond=2, minTaps=3}: name=value pairs separated by commas or semicolons; null when none. */
    private static @Nullable Map<String, Double> tunables(String field, String text, BindingResult result) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String pair : text.split("[,;]")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            Double value = equals > 0 ? decimal(pair.substring(equals + 1)) : null;
            if (value == null) {
                result.rejectValue(
                        field, "notTunables", "must be name=value pairs, such as tapsPerSecond=2, minTaps=3");
                return null;
            }
            values.put(pair.substring(0, equals).strip(), value);
        }
        return values.isEmpty() ? null : values;
    }

    private static @Nullable Double decimal(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(@Nullable String format) {
        this.format = format == null ? "" : format;
    }

    public String getCycles() {
        return cycles;
    }

    public void setCycles(@Nullable String cycles) {
        this.cycles = cycles == null ? "" : cycles;
    }

    public String getRounds() {
        return rounds;
    }

    public void setRounds(@Nullable String rounds) {
        this.rounds = rounds == null ? "" : rounds;
    }

    public String getGamesPerPairing() {
        return gamesPerPairing;
    }

    public void setGamesPerPairing(@Nullable String gamesPerPairing) {
        this.gamesPerPairing = gamesPerPairing == null ? "" : gamesPerPairing;
    }

    public String getBattleSeconds() {
        return battleSeconds;
    }

    public void setBattleSeconds(@Nullable String battleSeconds) {
        this.battleSeconds = battleSeconds == null ? "" : battleSeconds;
    }

    public String getCrowd() {
        return crowd;
    }

    public void setCrowd(String crowd) {
        this.crowd = crowd;
    }

    public String getSeed() {
        return seed;
    }

    public void setSeed(@Nullable String seed) {
        this.seed = seed == null ? "" : seed;
    }

    public List<AgentRow> getAgents() {
        return agents;
    }

    public void setAgents(@Nullable List<AgentRow> agents) {
        this.agents = agents == null ? new ArrayList<>() : new ArrayList<>(agents);
    }
}
