package io.battlesim.app.battle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The battle module's meters: {@code battle.events} by outcome, {@code battle.log.batch.size} and {@code
 * battle.log.append} (latency of one group commit).
 */
@Component
class BattleMetrics {

    private final Counter accepted;
    private final Counter ignored;
    private final Counter duplicate;
    private final Counter late;
    private final Counter rejected;
    private final DistributionSummary batchSize;
    private final Timer append;

    BattleMetrics(MeterRegistry registry) {
        this.accepted = outcome(registry, "accepted");
        this.ignored = outcome(registry, "ignored");
        this.duplicate = outcome(registry, "duplicate");
        this.late = outcome(registry, "late");
        this.rejected = outcome(registry, "rejected");
        this.batchSize = DistributionSummary.builder("battle.log.batch.size")
                .description("Events appended to the event log per transaction")
                .baseUnit("events")
                .register(registry);
        this.append = Timer.builder("battle.log.append")
                .description("Time to append one batch to the event log and commit it")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    void admitted(Admission admission) {
        switch (admission) {
            case Admission.Accepted a -> accepted.increment();
            case Admission.Ignored i -> ignored.increment();
            case Admission.Duplicate d -> duplicate.increment();
            case Admission.Late l -> late.increment();
            case Admission.Rejected r -> rejected.increment();
        }
    }

    void counted(long acceptedCount, long ignoredCount, long duplicateCount, long lateCount, long rejectedCount) {
        add(accepted, acceptedCount);
        add(ignored, ignoredCount);
        add(duplicate, duplicateCount);
        add(late, lateCount);
        add(rejected, rejectedCount);
    }

    void appended(int events, long nanos) {
        batchSize.record(events);
        append.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static void add(Counter counter, long amount) {
        if (amount > 0) {
            counter.increment(amount);
        }
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("battle.events")
                .description("Events submitted to battles, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
