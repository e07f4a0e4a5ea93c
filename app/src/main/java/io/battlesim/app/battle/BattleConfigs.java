package io.battlesim.app.battle;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.LikeScoring;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.LikeGoal;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.PowerUpRules;
import io.battlesim.engine.powerup.TriggeredBy;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks a {@link BattleSetup} and turns it into the engine's {@link BattleConfig}; side ids are s1, s2, … */
final class BattleConfigs {

    static final int MAX_SIDES = 8;
    static final int MAX_ROOMS_PER_SIDE = 8;
    static final int MAX_TITLE = 200;
    static final int MAX_LABEL = 100;
    static final Duration MIN_DURATION = Duration.ofSeconds(1);
    static final Duration MAX_DURATION = Duration.ofHours(24);
    static final long MAX_POINTS_PER_LIKE = 1_000_000;

    private BattleConfigs() {}

    /** The side id of the side at {@code index} (0-based). */
    static String sideId(int index) {
        return "s" + (index + 1);
    }

    /** The engine configuration; throws {@link InvalidBattleSetupException} naming the first bad field. */
    static BattleConfig toConfig(String battleId, BattleSetup setup) {
        validate(setup);
        BattleRules rules = setup.rules();
        BattleConfig.Builder builder = BattleConfig.builder(battleId)
                .duration(rules.duration())
                .likeScoring(
                        rules.pointsPerLike() == 0
                                ? LikeScoring.off()
                                : LikeScoring.pointsPerLike((int) rules.pointsPerLike()))
                .powerUps(powerUps(rules.audiencePowerUps()))
                .audience(rules.audience());
        if (rules.onlyGiftId() != null) {
            builder.countOnlyGift(rules.onlyGiftId());
        }
        for (int i = 0; i < setup.sides().size(); i++) {
            builder.side(side(sideId(i), setup.sides().get(i)));
        }
        return builder.build();
    }

    /** Every room id of the setup. */
    static Set<String> roomIds(BattleSetup setup) {
        Set<String> rooms = new HashSet<>();
        setup.sides().forEach(side -> side.rooms().forEach(room -> rooms.add(room.roomId())));
        return rooms;
    }

    private static SideConfig side(String id, SideSetup setup) {
        Set<String> rooms = new LinkedHashSet<>();
        Set<String> receivers = new LinkedHashSet<>();
        for (RoomBinding room : setup.rooms()) {
            rooms.add(room.roomId());
            receivers.add(room.hostUserId());
            receivers.addAll(room.guestUserIds());
        }
        return new SideConfig(id, setup.label(), rooms, receivers);
    }

    private static PowerUpRules powerUps(Set<PowerUpKind> audience) {
        PowerUpRules rules = PowerUpRules.standard();
        for (PowerUpKind kind : PowerUpKind.values()) {
            var rule = rules.rule(kind);
            rules = rules.with(
                    kind,
                    audience.contains(kind)
                            ? rule.allowing(TriggeredBy.CREATOR, TriggeredBy.AGENT, TriggeredBy.AUDIENCE)
                            : rule.allowing(TriggeredBy.CREATOR, TriggeredBy.AGENT));
        }
        return rules;
    }

    private static void validate(BattleSetup setup) {
        require(!setup.title().isBlank(), "title", "must not be blank");
        require(setup.title().length() <= MAX_TITLE, "title", "must be at most " + MAX_TITLE + " characters");
        List<SideSetup> sides = setup.sides();
        require(sides.size() >= 2 && sides.size() <= MAX_SIDES, "sides", "must list 2 to " + MAX_SIDES + " sides");
        Set<String> rooms = new HashSet<>();
        Set<String> receivers = new HashSet<>();
        for (int i = 0; i < sides.size(); i++) {
            validateSide("sides[" + i + "]", sides.get(i), rooms, receivers);
        }
        validateRules(setup.rules());
    }

    private static void validateSide(String path, SideSetup side, Set<String> rooms, Set<String> receivers) {
        require(!side.label().isBlank(), path + ".label", "must not be blank");
        require(side.label().length() <= MAX_LABEL, path + ".label", "must be at most " + MAX_LABEL + " characters");
        require(
                !side.rooms().isEmpty() && side.rooms().size() <= MAX_ROOMS_PER_SIDE,
                path + ".rooms",
                "must list 1 to " + MAX_ROOMS_PER_SIDE + " rooms");
        for (int j = 0; j < side.rooms().size(); j++) {
            RoomBinding room = side.rooms().get(j);
            String roomPath = path + ".rooms[" + j + "]";
            require(!room.username().isBlank(), roomPath + ".username", "must not be blank");
            require(!room.roomId().isBlank(), roomPath + ".roomId", "must not be blank");
            require(!room.hostUserId().isBlank(), roomPath + ".hostUserId", "must not be blank");
            require(rooms.add(room.roomId()), roomPath + ".roomId", "is already in the battle");
            require(receivers.add(room.hostUserId()), roomPath + ".hostUserId", "is already in the battle");
            for (String guest : room.guestUserIds()) {
                require(!guest.isBlank(), roomPath + ".guestUserIds", "must not contain blanks");
                require(receivers.add(guest), roomPath + ".guestUserIds", "names a creator already in the battle");
            }
        }
    }

    private static void validateRules(BattleRules rules) {
        require(
                rules.duration().compareTo(MIN_DURATION) >= 0
                        && rules.duration().compareTo(MAX_DURATION) <= 0,
                "rules.duration",
                "must be between 1 second and 24 hours");
        require(
                rules.pointsPerLike() >= 0 && rules.pointsPerLike() <= MAX_POINTS_PER_LIKE,
                "rules.pointsPerLike",
                "must be between 0 and " + MAX_POINTS_PER_LIKE);
        require(rules.onlyGiftId() == null || rules.onlyGiftId() > 0, "rules.onlyGiftId", "must be positive");
        if (rules.audience().enabled()) {
            requireAudienceMayTrigger(rules.audience(), rules.audiencePowerUps(), "rules.audience");
        }
    }

    /**
     * The boosters the audience rules offer (and the like goal's) must be among those viewers may trigger; checked
     * when the rules are in force (switched off, they may name any: they are checked again when switched on).
     */
    static void requireAudienceMayTrigger(AudienceRules audience, Set<PowerUpKind> allowed, String field) {
        for (PowerUpKind kind : audience.boosters().keySet()) {
            require(
                    allowed.contains(kind),
                    field + ".boosters",
                    kind.name() + " is offered to viewers but not among the boosters viewers may trigger");
        }
        LikeGoal likeGoal = audience.likeGoal();
        require(
                likeGoal == null || allowed.contains(likeGoal.booster()),
                field + ".likeGoal",
                "its booster is not among the boosters viewers may trigger");
    }

    private static void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new InvalidBattleSetupException(field, reason);
        }
    }
}
