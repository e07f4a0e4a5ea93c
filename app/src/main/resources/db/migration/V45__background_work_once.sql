-- Background work runs once however many nodes share the database (cluster mode): each kind of work is claimed in
-- the database before it is done. Harmless on a single node, which claims everything itself. Portable SQL: H2
-- (MODE=PostgreSQL) and PostgreSQL 15.

-- The leaderboard totals have one writer at a time across all nodes: every transaction that changes them first locks
-- this single row (SELECT ... FOR UPDATE), as the lock in BoardTotals orders the writers of one process.
CREATE TABLE board_writer (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO board_writer (id) VALUES (1);

-- The node advancing a publish job, until when (a lease its node renews while the job runs): another node takes the
-- job over only once the lease ran out, so a job is advanced by one node at a time and a dead node's job goes on.
ALTER TABLE publish_job ADD COLUMN runner_node VARCHAR(64);
ALTER TABLE publish_job ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;

-- The node taking a creator's insights snapshot, until when (renewed with every page stored).
ALTER TABLE insight_run ADD COLUMN claimed_by VARCHAR(64);
ALTER TABLE insight_run ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;

-- The node playing a RUNNING tournament and when it last said so: a tournament whose node went quiet is interrupted.
ALTER TABLE tournament ADD COLUMN runner_node VARCHAR(64);
ALTER TABLE tournament ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;

-- TikTok webhook deliveries already applied (TikTok delivers at least once, to any node, and sends no event id): the
-- event's digest is inserted in the transaction that applies it, so a second delivery finds it and changes nothing.
-- Kept a few days, beyond TikTok's 72 hours of retries.
CREATE TABLE webhook_delivery (
    dedup_key   VARCHAR(64)              NOT NULL PRIMARY KEY,
    event       VARCHAR(100)             NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_delivery_received_idx ON webhook_delivery (received_at);
