-- Live battles: one row per battle, its durable event log (every accepted event, in application order, so a
-- running battle is rebuilt exactly by replaying it) and the result saved when it ends (for the history).
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15. JSON is stored as text.

CREATE TABLE battle (
    id              VARCHAR(32)              NOT NULL PRIMARY KEY,
    title           VARCHAR(200)             NOT NULL,
    -- SCHEDULED, LIVE or ENDED (enforced by the app: no string CHECK constraints on H2 2.4)
    status          VARCHAR(16)              NOT NULL,
    source          VARCHAR(16)              NOT NULL,
    setup           TEXT                     NOT NULL,
    overlay_token   VARCHAR(64)              NOT NULL,
    ingest_key_hash VARCHAR(64)              NOT NULL,
    owner_user_id   BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    ended_at        TIMESTAMP WITH TIME ZONE,
    -- high-water mark of the real-time update sequence numbers handed out (reserved in blocks)
    last_sequence   BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT battle_overlay_token_uk UNIQUE (overlay_token),
    CONSTRAINT battle_owner_fk FOREIGN KEY (owner_user_id) REFERENCES app_user (id) ON DELETE SET NULL
);

CREATE INDEX battle_status_idx ON battle (status, ended_at);
CREATE INDEX battle_owner_idx ON battle (owner_user_id);

CREATE TABLE battle_event (
    battle_id   VARCHAR(32)              NOT NULL,
    seq         BIGINT                   NOT NULL,
    payload     VARCHAR(100000)          NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT battle_event_pk PRIMARY KEY (battle_id, seq),
    CONSTRAINT battle_event_battle_fk FOREIGN KEY (battle_id) REFERENCES battle (id) ON DELETE CASCADE
);

CREATE TABLE battle_result (
    battle_id      VARCHAR(32) NOT NULL PRIMARY KEY,
    winner_side_id VARCHAR(64),
    tie            BOOLEAN     NOT NULL,
    scores         TEXT        NOT NULL,
    statistics     TEXT        NOT NULL,
    summary        TEXT        NOT NULL,
    CONSTRAINT battle_result_battle_fk FOREIGN KEY (battle_id) REFERENCES battle (id) ON DELETE CASCADE
);
