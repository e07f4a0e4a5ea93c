package io.battlesim.app.scoreboard.web;

import io.battlesim.app.battle.SourceKind;
import io.battlesim.engine.powerup.PowerUpKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The start-battle form as the browser posts it (a mutable bean so Spring binds {@code sides[1].creators[0]}).
 * Two sides of one creator by default; teams add creators to a side, free-for-all battles add sides (up to
 * {@link #MAX_SIDES}). Audience interaction is off by default, with the standard settings filled in.
 */
public class BattleForm {

    static final int MAX_SIDES = 4;
    static final int MAX_CREATORS = 4;
    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 60;

    private String title = "";
    private List<SideForm> sides = new ArrayList<>(List.of(new SideForm(), new SideForm()));
    private int durationMinutes = 5;
    private @Nullable Integer onlyGiftId;
    private long pointsPerLike;
    private Set<PowerUpKind> audiencePowerUps = EnumSet.allOf(PowerUpKind.class);
    private SourceKind source = SourceKind.LIVE_API;
    private AudienceForm audience = new AudienceForm();

    /** One side: an optional label and its creators' usernames. */
    public static class SideForm {

        private String label = "";
        private List<String> creators = new ArrayList<>(List.of(""));

        public String getLabel() {
            return label;
        }

        public void setLabel(@Nullable String label) {
            this.label = label == null ? "" : label;
        }

        public List<String> getCreators() {
            return creators;
        }

        public void setCreators(@Nullable List<String> creators) {
            this.creators = creators == null ? new ArrayList<>() : new ArrayList<>(creators);
        }

        /** The usernames entered, without {@code @}, blanks dropped. */
        List<String> usernames() {
            return creators.stream()
                    .map(creator -> creator == null ? "" : creator.strip())
                    .map(creator -> creator.startsWith("@") ? creator.substring(1) : creator)
                    .filter(creator -> !creator.isEmpty())
                    .toList();
        }
    }

    /** A new form with the signed-in creator's own username (if TikTok gave it) on side 1. */
    static BattleForm startingWith(@Nullable String username) {
        BattleForm form = new BattleForm();
        if (username != null && !username.isBlank()) {
            form.sides.getFirst().creators.set(0, username);
        }
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title == null ? "" : title;
    }

    public List<SideForm> getSides() {
        return sides;
    }

    public void setSides(@Nullable List<SideForm> sides) {
        this.sides = sides == null ? new ArrayList<>() : new ArrayList<>(sides);
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public @Nullable Integer getOnlyGiftId() {
        return onlyGiftId;
    }

    public void setOnlyGiftId(@Nullable Integer onlyGiftId) {
        this.onlyGiftId = onlyGiftId;
    }

    public long getPointsPerLike() {
        return pointsPerLike;
    }

    public void setPointsPerLike(long pointsPerLike) {
        this.pointsPerLike = pointsPerLike;
    }

    public Set<PowerUpKind> getAudiencePowerUps() {
        return audiencePowerUps;
    }

    public void setAudiencePowerUps(@Nullable Set<@Nullable PowerUpKind> audiencePowerUps) {
        EnumSet<PowerUpKind> kinds = EnumSet.noneOf(PowerUpKind.class);
        if (audiencePowerUps != null) {
            // an empty checkbox value binds as null
            audiencePowerUps.stream().filter(Objects::nonNull).forEach(kinds::add);
        }
        this.audiencePowerUps = kinds;
    }

    public SourceKind getSource() {
        return source;
    }

    public void setSource(@Nullable SourceKind source) {
        this.source = source == null ? SourceKind.LIVE_API : source;
    }

    /** Audience interaction: off, with the standard rules filled in. */
    public AudienceForm getAudience() {
        return audience;
    }

    public void setAudience(@Nullable AudienceForm audience) {
        this.audience = audience == null ? new AudienceForm() : audience;
    }

    /**
     * Every field the page posts, for the binder to accept and no other: a path with an index beyond the limits
     * ({@code sides[300].label}) would otherwise grow the lists or fail the binding.
     */
    static String[] fieldNames() {
        List<String> names = new ArrayList<>(
                List.of("title", "durationMinutes", "onlyGiftId", "pointsPerLike", "audiencePowerUps", "source"));
        for (int side = 0; side < MAX_SIDES; side++) {
            names.add("sides[" + side + "].label");
            for (int creator = 0; creator < MAX_CREATORS; creator++) {
                names.add("sides[" + side + "].creators[" + creator + "]");
            }
        }
        names.addAll(AudienceForm.fieldNames());
        return names.toArray(String[]::new);
    }

    /** Fills the form up after binding: a side needs at least one creator input, a battle two sides. */
    void normalise() {
        sides.replaceAll(side -> side == null ? new SideForm() : side);
        while (sides.size() < 2) {
            sides.add(new SideForm());
        }
        for (SideForm side : sides) {
            if (side.creators.isEmpty()) {
                side.creators.add("");
            }
        }
    }

    /** Adds a creator input to a side (a team), up to {@link #MAX_CREATORS}. */
    void addCreator(int sideIndex) {
        if (sideIndex >= 0
                && sideIndex < sides.size()
                && sides.get(sideIndex).creators.size() < MAX_CREATORS) {
            sides.get(sideIndex).creators.add("");
        }
    }

    /** Adds a side, up to {@link #MAX_SIDES}. */
    void addSide() {
        if (sides.size() < MAX_SIDES) {
            sides.add(new SideForm());
        }
    }

    /** Removes a side, keeping at least two. */
    void removeSide(int sideIndex) {
        if (sides.size() > 2 && sideIndex >= 0 && sideIndex < sides.size()) {
            sides.remove(sideIndex);
        }
    }
}
