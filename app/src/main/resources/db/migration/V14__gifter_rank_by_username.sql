-- "Find your rank" looks a gifter up by TikTok username on one board. On the username alone the index returns the
-- gifter's rows of every board (a regular of 200 creators has a thousand), so the board's columns join it.
-- Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL 15.

DROP INDEX board_gifter_unique_idx;
CREATE INDEX board_gifter_unique_idx ON board_gifter (unique_id, scope, scope_key, period, period_start);
