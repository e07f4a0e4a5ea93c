package io.battlesim.app.battle.cluster;

import io.battlesim.app.battle.BattleLeases;
import io.battlesim.app.cluster.ClusterSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Battle leases in PostgreSQL (cluster mode): one row per leased battle with its node, fencing token and expiry,
 * compared with the database's clock only, so the nodes' clocks may drift. Claiming is one atomic upsert: a free,
 * expired or own row moves to this node with the next token; a live row of another node stays as it is.
 */
public final class JdbcBattleLeases implements BattleLeases {

    private final JdbcClient jdbc;
    private final String node;
    private final String internalUrl;
    private final long ttlMillis;
    private final Map<String, KnownOwner> owners = new ConcurrentHashMap<>();

    /** How long an owner lookup is reused: ingest forwards and page views ask per request. */
    private static final long REMEMBER_OWNER_NANOS = Duration.ofMillis(500).toNanos();

    private static final int MAX_REMEMBERED = 10_000;

    private record KnownOwner(Optional<String> url, long at) {}

    public JdbcBattleLeases(DataSource dataSource, ClusterSettings settings, String internalUrl) {
        this.jdbc = JdbcClient.create(dataSource);
        this.node = settings.node();
        this.internalUrl = Objects.requireNonNull(internalUrl, "internalUrl must not be null");
        this.ttlMillis = settings.leaseTtl().toMillis();
    }

    /** This node's id. */
    public String node() {
        return node;
    }

    /** The lease's time to live. */
    public Duration ttl() {
        return Duration.ofMillis(ttlMillis);
    }

    @Override
    public OptionalLong acquire(String battleId) {
        owners.remove(battleId);
        return jdbc.sql("INSERT INTO battle_lease (battle_id, node_id, token, expires_at)"
                        + " SELECT :id, :node, 1, now() + :ttl * INTERVAL '1 millisecond'"
                        + " WHERE EXISTS (SELECT 1 FROM battle WHERE id = :id AND status = 'LIVE')"
                        + " ON CONFLICT (battle_id) DO UPDATE SET node_id = :node, token = battle_lease.token + 1,"
                        + " expires_at = EXCLUDED.expires_at"
                        + " WHERE battle_lease.expires_at < now() OR battle_lease.node_id = :node"
                        + " RETURNING token")
                .param("id", battleId)
                .param("node", node)
                .param("ttl", ttlMillis)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public boolean renew(String battleId, long token) {
        return jdbc.sql("UPDATE battle_lease SET expires_at = now() + :ttl * INTERVAL '1 millisecond'"
                                + " WHERE battle_id = :id AND token = :token AND node_id = :node")
                        .param("id", battleId)
                        .param("token", token)
                        .param("node", node)
                        .param("ttl", ttlMillis)
                        .update()
                == 1;
    }

    @Override
    public void release(String battleId, long token) {
        jdbc.sql("DELETE FROM battle_lease WHERE battle_id = :id AND token = :token AND node_id = :node")
                .param("id", battleId)
                .param("token", token)
                .param("node", node)
                .update();
    }

    @Override
    public Optional<String> ownerUrl(String battleId) {
        long now = System.nanoTime();
        KnownOwner known = owners.get(battleId);
        if (known != null && now - known.at() < REMEMBER_OWNER_NANOS) {
            return known.url();
        }
        Optional<String> url = readOwnerUrl(battleId);
        if (owners.size() > MAX_REMEMBERED) {
            owners.clear();
        }
        owners.put(battleId, new KnownOwner(url, now));
        return url;
    }

    @Override
    public void forgetOwner(String battleId) {
        owners.remove(battleId);
    }

    private Optional<String> readOwnerUrl(String battleId) {
        return jdbc.sql("SELECT n.internal_url FROM battle_lease l JOIN cluster_node n ON n.node_id = l.node_id"
                        + " WHERE l.battle_id = :id AND l.expires_at >= now() AND l.node_id <> :node")
                .param("id", battleId)
                .param("node", node)
                .query(String.class)
                .optional();
    }

    @Override
    public List<String> orphans() {
        return jdbc.sql("SELECT b.id FROM battle b LEFT JOIN battle_lease l ON l.battle_id = b.id"
                        + " WHERE b.status = 'LIVE' AND (l.battle_id IS NULL OR l.expires_at < now())"
                        + " ORDER BY b.started_at, b.id")
                .query(String.class)
                .list();
    }

    @Override
    public void heartbeat() {
        jdbc.sql("INSERT INTO cluster_node (node_id, internal_url, seen_at) VALUES (:node, :url, now())"
                        + " ON CONFLICT (node_id) DO UPDATE SET internal_url = :url, seen_at = now()")
                .param("node", node)
                .param("url", internalUrl)
                .update();
    }

    @Override
    public boolean clustered() {
        return true;
    }
}
