-- A battle's own board: each gifter's coins in the battle, summed over the creators they gave to and the days, kept
-- by the leaderboards' projector with the battle's other rows. The board is then its top rows in index order instead
-- of a sum over the battle's rows on every request (about 2,700 rows for a busy battle: 40 ms on H2).
CREATE TABLE board_battle_total (
    battle_id VARCHAR(32)  NOT NULL,
    gifter_id VARCHAR(64)  NOT NULL,
    unique_id VARCHAR(64)  NOT NULL,
    nickname  VARCHAR(200) NOT NULL,
    coins     BIGINT       NOT NULL,
    gifts     BIGINT       NOT NULL,
    CONSTRAINT board_battle_total_pk PRIMARY KEY (battle_id, gifter_id),
    CONSTRAINT board_battle_total_battle_fk FOREIGN KEY (battle_id) REFERENCES battle (id) ON DELETE CASCADE
);
CREATE INDEX board_battle_total_rank_idx ON board_battle_total (battle_id, coins DESC, gifter_id);

INSERT INTO board_battle_total (battle_id, gifter_id, unique_id, nickname, coins, gifts)
SELECT battle_id, gifter_id, MAX(unique_id), MAX(nickname), SUM(coins), SUM(gifts)
FROM board_battle_gifter
GROUP BY battle_id, gifter_id;
