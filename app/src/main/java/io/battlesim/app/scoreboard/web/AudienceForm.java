package io.battlesim.app.scoreboard.web;

import io.battlesim.app.audience.BoosterNames;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.GiftVotes;
import io.battlesim.engine.audience.LikeGoal;
import io.battlesim.engine.powerup.PowerUpKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The audience settings of the start form ({@code audience.votesPerWindow}, {@code audience.boosters[2].threshold}
 * …) and of the scoreboard page's settings form: a mutable bean for the binder, filled with the standard rules (off).
 * One goal per booster, always all four in {@link PowerUpKind} order, each offered or not.
 */
public class AudienceForm {

    static final int DEFAULT_COINS_PER_VOTE = 1;
    static final int DEFAULT_MAX_VOTES_PER_GIFT = 10;

    private boolean enabled;
    private int votesPerWindow;
    private long voteWindowSeconds;
    private final List<GoalForm> boosters = new ArrayList<>();
    private long likeGoal;
    private @Nullable PowerUpKind likeGoalBooster;
    private boolean chatCommands;
    private boolean giftVotes;
    private long coinsPerVote;
    private int maxVotesPerGift;

    /** A booster goal: whether viewers may fill it, the votes that fire it and its cool-down. */
    public static class GoalForm {

        private final PowerUpKind kind;
        private boolean offered;
        private int threshold;
        private long cooldownSeconds;

        GoalForm(PowerUpKind kind, @Nullable BoosterGoal goal, BoosterGoal fallback) {
            this.kind = kind;
            this.offered = goal != null;
            BoosterGoal shown = goal == null ? fallback : goal;
            this.threshold = shown.threshold();
            this.cooldownSeconds = shown.cooldown().toSeconds();
        }

        public PowerUpKind getKind() {
            return kind;
        }

        /** The booster's display name. */
        public String getName() {
            return BoosterNames.name(kind);
        }

        public boolean isOffered() {
            return offered;
        }

        public void setOffered(boolean offered) {
            this.offered = offered;
        }

        public int getThreshold() {
            return threshold;
        }

        public void setThreshold(int threshold) {
            this.threshold = threshold;
        }

        public long getCooldownSeconds() {
            return cooldownSeconds;
        }

        public void setCooldownSeconds(long cooldownSeconds) {
            this.cooldownSeconds = cooldownSeconds;
        }
    }

    /** The standard rules, switched off: what a new battle offers. */
    public AudienceForm() {
        this(AudienceRules.off());
    }

    private AudienceForm(AudienceRules rules) {
        AudienceRules standard = AudienceRules.standard();
        enabled = rules.enabled();
        votesPerWindow = rules.votesPerWindow();
        voteWindowSeconds = rules.voteWindow().toSeconds();
        for (PowerUpKind kind : PowerUpKind.values()) {
            BoosterGoal fallback = standard.boosters().getOrDefault(kind, new BoosterGoal(50, Duration.ofMinutes(1)));
            boosters.add(new GoalForm(kind, rules.goal(kind), fallback));
        }
        LikeGoal likes = rules.likeGoal();
        likeGoal = likes == null ? 0 : likes.likes();
        likeGoalBooster = likes == null ? PowerUpKind.BOOSTING_GLOVE : likes.booster();
        chatCommands = rules.chatCommands();
        GiftVotes gifts = rules.giftVotes();
        giftVotes = gifts != null;
        coinsPerVote = gifts == null ? DEFAULT_COINS_PER_VOTE : gifts.coinsPerVote();
        maxVotesPerGift = gifts == null ? DEFAULT_MAX_VOTES_PER_GIFT : gifts.maxVotesPerGift();
    }

    /** The form showing {@code rules} (a rematch, the rules of a running battle). */
    static AudienceForm of(AudienceRules rules) {
        return new AudienceForm(rules);
    }

    /**
     * This form with a like goal booster viewers may trigger when the like goal is off, so that the booster shown
     * is one the controller can pick; returns this form.
     */
    AudienceForm offering(Set<PowerUpKind> allowed) {
        if (likeGoal == 0 && (likeGoalBooster == null || !allowed.contains(likeGoalBooster))) {
            likeGoalBooster = allowed.stream().sorted().findFirst().orElse(likeGoalBooster);
        }
        return this;
    }

    /** Every field the start form posts for the audience, prefixed with {@code audience.}. */
    static List<String> fieldNames() {
        List<String> names = new ArrayList<>(List.of(
                "enabled",
                "votesPerWindow",
                "voteWindowSeconds",
                "likeGoal",
                "likeGoalBooster",
                "chatCommands",
                "giftVotes",
                "coinsPerVote",
                "maxVotesPerGift"));
        for (int i = 0; i < PowerUpKind.values().length; i++) {
            for (String field : List.of("offered", "threshold", "cooldownSeconds")) {
                names.add("boosters[" + i + "]." + field);
            }
        }
        return names.stream().map(name -> "audience." + name).toList();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getVotesPerWindow() {
        return votesPerWindow;
    }

    public void setVotesPerWindow(int votesPerWindow) {
        this.votesPerWindow = votesPerWindow;
    }

    public long getVoteWindowSeconds() {
        return voteWindowSeconds;
    }

    public void setVoteWindowSeconds(long voteWindowSeconds) {
        this.voteWindowSeconds = voteWindowSeconds;
    }

    /** The four goals; the binder sets their fields, never the list itself. */
    public List<GoalForm> getBoosters() {
        return boosters;
    }

    public long getLikeGoal() {
        return likeGoal;
    }

    public void setLikeGoal(long likeGoal) {
        this.likeGoal = likeGoal;
    }

    public @Nullable PowerUpKind getLikeGoalBooster() {
        return likeGoalBooster;
    }

    public void setLikeGoalBooster(@Nullable PowerUpKind likeGoalBooster) {
        this.likeGoalBooster = likeGoalBooster;
    }

    public boolean isChatCommands() {
        return chatCommands;
    }

    public void setChatCommands(boolean chatCommands) {
        this.chatCommands = chatCommands;
    }

    public boolean isGiftVotes() {
        return giftVotes;
    }

    public void setGiftVotes(boolean giftVotes) {
        this.giftVotes = giftVotes;
    }

    public long getCoinsPerVote() {
        return coinsPerVote;
    }

    public void setCoinsPerVote(long coinsPerVote) {
        this.coinsPerVote = coinsPerVote;
    }

    public int getMaxVotesPerGift() {
        return maxVotesPerGift;
    }

    public void setMaxVotesPerGift(int maxVotesPerGift) {
        this.maxVotesPerGift = maxVotesPerGift;
    }
}
