package io.battlesim.app.publish.job;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which node advances which publish job. A node claims a job in its row before working on it ({@link
 * PublishJobRepository#claim}: one conditional UPDATE, so of two nodes exactly one gets it), renews the lease while
 * the job runs and releases it when the run ends. Another node takes a job over only once its lease ran out (its node
 * died or hangs), so a job is advanced by one node at a time and a dead node's job goes on elsewhere. A node
 * restarted under the same {@code app.cluster.node-id} is no exception: it waits for its old leases like the others.
 *
 * <p>This node's name and whether it runs in a cluster are read from {@code app.cluster.node-id} and {@code
 * app.cluster.redis-url} as the cluster module's settings define them, not from those settings: the publish module
 * may not depend on the cluster module. Without a configured id the name is a random one per start.
 */
@Component
class JobLeases {

    /** How long a claim lasts without renewal: a dead node's jobs go on elsewhere about this much later. */
    static final Duration LEASE = Duration.ofSeconds(60);

    /** How often (seconds) a node renews the leases of the jobs it runs, and looks for jobs whose node went away. */
    static final long RENEW_SECONDS = 15;

    private final PublishJobRepository jobs;
    private final String node;
    private final boolean cluster;
    private final Clock clock;

    JobLeases(
            PublishJobRepository jobs,
            @Value("${app.cluster.node-id:}") String nodeId,
            @Value("${app.cluster.redis-url:}") String redisUrl,
            ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.node = nodeId.isBlank() ? "node-" + UUID.randomUUID().toString().substring(0, 8) : nodeId;
        this.cluster = !redisUrl.isBlank();
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** This node's name, as stored in the jobs it holds. */
    String node() {
        return node;
    }

    /** Whether other nodes share the database (cluster mode). */
    boolean clustered() {
        return cluster;
    }

    /** Claims the job for this node unless a node holds an unexpired lease on it, or it is over. */
    boolean claim(String jobId) {
        var now = clock.instant();
        return jobs.claim(jobId, node, now, now.plus(LEASE));
    }

    /** Extends this node's leases on these jobs. */
    void renew(Collection<String> jobIds) {
        jobs.renew(jobIds, node, clock.instant().plus(LEASE));
    }

    /** Whether this node still holds the job. */
    boolean holds(String jobId) {
        return jobs.holds(jobId, node);
    }

    /** Gives the job up, so any node may claim it at once. */
    void release(String jobId) {
        jobs.release(jobId, node);
    }

    /** Unfinished jobs that no live node holds, oldest first. */
    List<PublishJob> claimable() {
        return jobs.claimable(clock.instant());
    }

    /**
     * On a single node, before it runs any job (the web server starts later): drops the leases its earlier runs left
     * (a crash, a stop in the middle of a job), so their jobs resume at start-up rather than when the leases run out.
     * In a cluster those leases may be live nodes', and run out on their own.
     */
    @PostConstruct
    void forgetEarlierRuns() {
        if (!cluster) {
            jobs.releaseAll();
        }
    }
}
