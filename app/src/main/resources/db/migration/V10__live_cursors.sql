-- Live API connector: per battle and LIVE room, the last stream sequence number whose events the battle
-- acknowledged, so that a connector resumed after a restart asks the room's stream to replay from there (the
-- battle's event ids make any re-delivered event a duplicate). Rows are deleted when the battle finishes.
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.

CREATE TABLE live_cursor (
    battle_id  VARCHAR(64)              NOT NULL,
    room_id    VARCHAR(128)             NOT NULL,
    last_seq   BIGINT                   NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT live_cursor_pk PRIMARY KEY (battle_id, room_id)
);
