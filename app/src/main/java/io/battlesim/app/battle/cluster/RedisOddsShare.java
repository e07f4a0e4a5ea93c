package io.battlesim.app.battle.cluster;

import io.battlesim.app.battle.Odds;
import io.battlesim.app.battle.OddsShare;
import io.battlesim.app.battle.persistence.BattleJson;
import io.battlesim.app.cluster.ClusterRedis;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Odds in Redis: {@code battle:<id>:odds} holds the latest estimate for a few seconds, {@code battle:<id>:watched}
 * says for a few seconds that a node without the battle has viewers of it. When Redis is away there are simply no
 * shared odds (the scoreboard shows none).
 */
public final class RedisOddsShare implements OddsShare {

    private static final Logger log = LoggerFactory.getLogger(RedisOddsShare.class);
    private static final long ODDS_MILLIS = 5_000;
    private static final long WATCHED_MILLIS = 3_000;

    private final StatefulRedisConnection<String, String> redis;
    private final BattleJson json;

    public RedisOddsShare(ClusterRedis redis, BattleJson json) {
        this.redis = redis.shared();
        this.json = json;
    }

    @Override
    public void publish(Odds odds) {
        try {
            redis.async().set(key(odds.battleId(), "odds"), json.write(odds), SetArgs.Builder.px(ODDS_MILLIS));
        } catch (RuntimeException e) {
            log.debug("Could not share the odds of battle {}: {}", odds.battleId(), e.toString());
        }
    }

    @Override
    public Optional<Odds> latest(String battleId) {
        try {
            redis.async().set(key(battleId, "watched"), "1", SetArgs.Builder.px(WATCHED_MILLIS));
            String value = redis.sync().get(key(battleId, "odds"));
            return value == null ? Optional.empty() : Optional.of(json.read(value, Odds.class));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean watchedElsewhere(String battleId) {
        try {
            return redis.sync().exists(key(battleId, "watched")) > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String key(String battleId, String what) {
        return "battle:" + battleId + ":" + what;
    }
}
