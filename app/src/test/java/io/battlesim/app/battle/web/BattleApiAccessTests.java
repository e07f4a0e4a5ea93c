package io.battlesim.app.battle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
import io.battlesim.engine.powerup.TriggeredBy;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Who may create and control battles through the API, in emulator mode and with real TikTok. */
class BattleApiAccessTests {

    private static final SignedInUser AVA = new SignedInUser(7, "open-ava", "Ava", null, "ava");
    private static final SignedInUser LEO = new SignedInUser(8, "open-leo", "Leo", null, "leo");

    private static BattleApiAccess in(TikTokMode mode) {
        URI base = URI.create("http://localhost/emulator");
        return new BattleApiAccess(new TikTokConnection(mode, "key", base, base));
    }

    private static BattleView battleOwnedBy(@Nullable Long owner) {
        var setup = new BattleSetup(
                "t",
                List.of(
                        new SideSetup("A", List.of(RoomBinding.host("a", "r1", "u1"))),
                        new SideSetup("B", List.of(RoomBinding.host("b", "r2", "u2")))),
                BattleRules.defaults(),
                SourceKind.INGEST,
                owner);
        var snapshot = new Battle(BattleConfig.builder("b")
                        .side(SideConfig.host("s1", "A", "r1", "u1"))
                        .side(SideConfig.host("s2", "B", "r2", "u2"))
                        .build())
                .snapshot();
        return new BattleView("b", "t", BattleStatus.LIVE, setup, "token", Instant.EPOCH, snapshot);
    }

    private static HttpStatus statusOf(ErrorResponseException e) {
        return HttpStatus.valueOf(e.getStatusCode().value());
    }

    @Nested
    class InEmulatorMode {

        private final BattleApiAccess access = in(TikTokMode.EMULATOR);

        @Test
        void letsAnyoneCreateAndControlBattlesWithoutOwner() {
            assertThat(access.requireCreator(null)).isNull();
            assertThat(access.requireCreator(AVA)).isEqualTo(7L);
            assertThat(access.controls(battleOwnedBy(null), null)).isTrue();
            assertThat(access.triggerer(battleOwnedBy(null), null)).isEqualTo(TriggeredBy.CREATOR);
        }

        @Test
        void keepsAnOwnedBattleToItsOwner() {
            BattleView avas = battleOwnedBy(7L);

            assertThat(access.controls(avas, AVA)).isTrue();
            assertThat(access.controls(avas, LEO)).isFalse();
            assertThat(access.triggerer(avas, null)).isEqualTo(TriggeredBy.AUDIENCE);
            assertThatExceptionOfType(ErrorResponseException.class)
                    .isThrownBy(() -> access.requireControl(avas, LEO))
                    .satisfies(e -> assertThat(statusOf(e)).isEqualTo(HttpStatus.FORBIDDEN));
        }
    }

    @Nested
    class WithRealTikTok {

        private final BattleApiAccess access = in(TikTokMode.REAL);

        @Test
        void needsASignedInUserToCreate() {
            assertThatExceptionOfType(ErrorResponseException.class)
                    .isThrownBy(() -> access.requireCreator(null))
                    .satisfies(e -> assertThat(statusOf(e)).isEqualTo(HttpStatus.UNAUTHORIZED));
            assertThat(access.requireCreator(LEO)).isEqualTo(8L);
        }

        @Test
        void letsOnlyTheOwnerControlAndSignedInViewersTriggerAsAudience() {
            BattleView avas = battleOwnedBy(7L);

            assertThat(access.triggerer(avas, AVA)).isEqualTo(TriggeredBy.CREATOR);
            assertThat(access.triggerer(avas, LEO)).isEqualTo(TriggeredBy.AUDIENCE);
            assertThatExceptionOfType(ErrorResponseException.class)
                    .isThrownBy(() -> access.triggerer(avas, null))
                    .satisfies(e -> assertThat(statusOf(e)).isEqualTo(HttpStatus.UNAUTHORIZED));
            assertThat(access.controls(battleOwnedBy(null), AVA))
                    .as("the demo battle")
                    .isFalse();
        }
    }
}
