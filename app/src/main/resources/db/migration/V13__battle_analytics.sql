-- Battle analytics (analytics module): each finished battle's figures, computed once from its event log when it
-- ends (or on first read, for battles that ended before analytics existed), and each creator's part of the battle,
-- which the creator analytics add up. Both go with the battle (ON DELETE CASCADE). Portable SQL: H2
-- (MODE=PostgreSQL) and PostgreSQL 15.

CREATE TABLE battle_analytics (
    battle_id      VARCHAR(32)              NOT NULL PRIMARY KEY,
    -- the JSON layout; figures of an older layout are computed again on their next read
    format_version INT                      NOT NULL,
    payload        TEXT                     NOT NULL,
    computed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT battle_analytics_battle_fk FOREIGN KEY (battle_id) REFERENCES battle (id) ON DELETE CASCADE
);

CREATE TABLE battle_analytics_creator (
    battle_id VARCHAR(32)              NOT NULL,
    creator   VARCHAR(64)              NOT NULL,
    ended_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    slice     TEXT                     NOT NULL,
    CONSTRAINT battle_analytics_creator_pk PRIMARY KEY (battle_id, creator),
    CONSTRAINT battle_analytics_creator_battle_fk FOREIGN KEY (battle_id) REFERENCES battle (id) ON DELETE CASCADE
);

-- A creator's latest battles.
CREATE INDEX battle_analytics_creator_latest_idx ON battle_analytics_creator (creator, ended_at DESC, battle_id);
