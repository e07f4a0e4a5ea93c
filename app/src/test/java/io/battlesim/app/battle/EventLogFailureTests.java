package io.battlesim.app.battle;

import static io.battlesim.app.battle.TestBattles.CORGI;
import static io.battlesim.app.battle.TestBattles.avaVsLeo;
import static io.battlesim.app.battle.TestBattles.bigGift;
import static io.battlesim.app.battle.TestBattles.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.battle.persistence.BattleEventLog;
import io.battlesim.app.battle.persistence.LoggedEvent;
import io.battlesim.engine.event.GiftReceived;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** When the event log refuses a batch nothing of it is acknowledged or kept in memory, so a retry counts once. */
class EventLogFailureTests {

    private final Database database = TestDatabases.h2();
    private final FlakyLog flaky = new FlakyLog();
    private final BattleTestRig rig =
            new BattleTestRig(database, TestClock.at("2026-06-01T10:00:00Z"), log -> flaky.around(log));

    @AfterEach
    void stop() {
        rig.crash();
        database.close();
    }

    @Test
    void failsTheBatchAndForgetsItSoARetryIsAcceptedOnce() {
        String id = rig.battles.create(avaVsLeo(Duration.ofMinutes(5))).id();
        rig.battles.start(id);
        GiftReceived corgi = bigGift("c1", "r-ava", viewer("mia"), CORGI, rig.clock.millis() + 1);

        flaky.failing = true;
        var refused = rig.battles.submit(id, corgi);

        assertThatExceptionOfType(CompletionException.class)
                .isThrownBy(refused::join)
                .withCauseInstanceOf(BattleUnavailableException.class);
        assertThat(rig.battles.find(id).orElseThrow().snapshot().side("s1").score())
                .isZero();

        flaky.failing = false;
        assertThat(rig.battles.submit(id, corgi).join()).isEqualTo(Admission.ACCEPTED);
        assertThat(rig.battles.submit(id, corgi).join()).isEqualTo(Admission.DUPLICATE);
        assertThat(rig.battles.find(id).orElseThrow().snapshot().side("s1").score())
                .isEqualTo(299);
    }

    /** The real log, refusing appends while {@link #failing}. */
    static final class FlakyLog implements BattleEventLog {

        volatile boolean failing;
        private BattleEventLog log;

        BattleEventLog around(BattleEventLog real) {
            this.log = real;
            return this;
        }

        @Override
        public void appendBatch(
                String battleId, List<LoggedEvent> events, io.battlesim.app.battle.BattleTally.@Nullable Gifts gifts) {
            if (failing) {
                throw new DataAccessResourceFailureException("database unavailable");
            }
            log.appendBatch(battleId, events, gifts);
        }

        @Override
        public void readAll(String battleId, Consumer<LoggedEvent> sink) {
            log.readAll(battleId, sink);
        }

        @Override
        public long lastSeq(String battleId) {
            return log.lastSeq(battleId);
        }
    }
}
