package io.battlesim.app.battle;

import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.battle.persistence.BattleEventLog;
import io.battlesim.app.battle.persistence.BattleJson;
import io.battlesim.app.battle.persistence.BattleRepository;
import io.battlesim.app.battle.persistence.JdbcBattleEventLog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The battle module wired by hand over a test database, with a hand-moved clock and fast timers; {@link
 * #crash()} stops it without any goodbye, as a killed process would, so a new rig over the same database resumes
 * from the log.
 */
public final class BattleTestRig {

    static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    final Database database;
    final TestClock clock;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<Object> published = new CopyOnWriteArrayList<>();
    final BattleRepository repository;
    final BattleEventLog log;
    final InProcessBattleUpdates updates;
    final RunningBattles running;
    final BattleManagement battles;
    final BattleAudience audience;
    final BattleTallies tallies;

    BattleTestRig(Database database, TestClock clock) {
        this(database, clock, log -> log);
    }

    /** A rig whose event log is wrapped, to make it fail on demand. */
    BattleTestRig(Database database, TestClock clock, UnaryOperator<BattleEventLog> wrapLog) {
        this.database = database;
        this.clock = clock;
        var settings = new BattleSettings(Duration.ofMillis(20), 500, Duration.ofMillis(10), 1000, 10_000, "");
        var json = new BattleJson();
        ApplicationEventPublisher events = published::add;
        this.repository = new BattleRepository(database.dataSource(), json);
        this.log = wrapLog.apply(new JdbcBattleEventLog(database.dataSource(), json));
        this.updates = new InProcessBattleUpdates(settings);
        var runtime = new BattleRuntime(
                log,
                repository,
                updates,
                new BattleMetrics(meters),
                new BattleFinisher(repository, events),
                clock,
                settings,
                new SingleNodeLeases());
        this.running = new RunningBattles(runtime, events);
        this.battles = new BattleManagement(
                repository, running, new BattleSecrets(SECRET), new BattleViews(repository, log), runtime, events);
        this.audience = new BattleAudience(battles, running, new BattleSecrets(SECRET), runtime);
        this.tallies = new BattleTallies(
                new io.battlesim.app.battle.persistence.BattleTallyStore(database.dataSource(), json));
        running.start();
    }

    /** The battle module over {@code database}, on a clock the test moves (for tests of other modules). */
    public static BattleTestRig on(Database database, TestClock clock) {
        return new BattleTestRig(database, clock);
    }

    public BattleManagement battles() {
        return battles;
    }

    public BattleTallies tallies() {
        return tallies;
    }

    /** Replays battles from this rig's event log (for modules that read battles back). */
    public BattleHistory history() {
        return new BattleHistory(repository, log);
    }

    /** Stops the battles' writers and timers. */
    public void stop() {
        running.stop();
    }

    /** A new process over the same database: resumes LIVE battles as at application start. */
    BattleTestRig restarted() {
        var rig = new BattleTestRig(database, clock);
        rig.running.resumeAll();
        return rig;
    }

    /** Stops the timers and writers without ending anything (the database keeps what was committed). */
    void crash() {
        running.stop();
    }

    <T> List<T> published(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    double counter(String outcome) {
        return meters.get("battle.events").tag("outcome", outcome).counter().count();
    }
}
