-- The gifters just above one on a board, nearest first, are the board read upwards: coins ascending, gifter id
-- descending. H2 walks indexes forwards only, so without this index it reads every gifter above (or every tie) to
-- find two rows: 420 ms among the 100,000 one-coin gifters of a big board, 3 ms with it. The queries name the index's
-- whole column order in ORDER BY, which is how H2 sees that the index already sorts them.
-- Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL 15.

CREATE INDEX board_gifter_rank_up_idx ON board_gifter (scope, scope_key, period, period_start, coins, gifter_id DESC);
