package io.battlesim.app.scoreboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.tiktok.TikTokConnection;
import io.battlesim.app.tiktok.TikTokMode;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BattleAccessTests {

    private static final SignedInUser OWNER = new SignedInUser(7, "open-7", "Owner", null, "owner");
    private static final SignedInUser OTHER = new SignedInUser(8, "open-8", "Other", null, "other");

    @Nested
    class WithRealTikTok {

        private final BattleAccess access = access(TikTokMode.REAL);

        @Test
        void letsOnlySignedInUsersStartBattles() {
            assertThat(access.mayStart(null)).isFalse();
            assertThat(access.mayStart(OTHER)).isTrue();
        }

        @Test
        void letsOnlyTheOwnerControlABattle() {
            BattleView battle = battleOwnedBy(OWNER.id());

            assertThat(access.mayControl(battle, OWNER)).isTrue();
            assertThat(access.mayControl(battle, OTHER)).isFalse();
            assertThat(access.mayControl(battle, null)).isFalse();
        }

        @Test
        void letsNobodyControlABattleWithoutOwner() {
            assertThat(access.mayControl(battleOwnedBy(null), OWNER)).isFalse();
        }
    }

    @Nested
    class InEmulatorMode {

        private final BattleAccess access = access(TikTokMode.EMULATOR);

        @Test
        void letsAnyoneStartAndControlBattles() {
            assertThat(access.mayStart(null)).isTrue();
            assertThat(access.mayControl(battleOwnedBy(OWNER.id()), null)).isTrue();
        }
    }

    private static BattleAccess access(TikTokMode mode) {
        URI base = URI.create("http://localhost/emulator");
        return new BattleAccess(new TikTokConnection(mode, "key", base, base));
    }

    private static BattleView battleOwnedBy(@Nullable Long owner) {
        BattleSetup setup = new BattleSetup(
                "A vs B",
                List.of(
                        new SideSetup("A", List.of(RoomBinding.host("a", "ra", "ua"))),
                        new SideSetup("B", List.of(RoomBinding.host("b", "rb", "ub")))),
                BattleRules.defaults(),
                SourceKind.INGEST,
                owner);
        var snapshot = new Battle(BattleConfig.builder("b1")
                        .side(SideConfig.host("s1", "A", "ra", "ua"))
                        .side(SideConfig.host("s2", "B", "rb", "ub"))
                        .build())
                .snapshot();
        return new BattleView("b1", "A vs B", BattleStatus.LIVE, setup, "token", Instant.EPOCH, snapshot);
    }
}
