-- Cluster mode: which node runs each LIVE battle's writer. A lease lasts a few seconds unless its node renews it;
-- each new holder gets a higher token, and an append commits only while the token it carries is still the battle's
-- (the fencing check runs in the append's transaction). Unused on a single node.
CREATE TABLE battle_lease (
    battle_id  VARCHAR(32)              NOT NULL PRIMARY KEY,
    node_id    VARCHAR(64)              NOT NULL,
    token      BIGINT                   NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT battle_lease_battle_fk FOREIGN KEY (battle_id) REFERENCES battle (id) ON DELETE CASCADE
);

-- The nodes of a cluster and how to reach them (forwarded ingest); a node missing heartbeats is gone.
CREATE TABLE cluster_node (
    node_id      VARCHAR(64)              NOT NULL PRIMARY KEY,
    internal_url VARCHAR(300)             NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
