package io.battlesim.app.publish.card;

import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.publish.template.BattleResult;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Result cards of finished battles at unguessable public URLs ({@code /cards/{token}.jpg}), which TikTok pulls for
 * photo posts. One token per battle; the JPEG is drawn from the battle's saved result when asked for (it never
 * changes once the battle ended) and a few recent ones are kept in memory.
 */
@Service
public class ResultCards {

    private static final int CACHED = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final BattleManagement battles;
    private final Clock clock;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    };

    ResultCards(JdbcClient jdbc, BattleManagement battles, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.battles = battles;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The card token of an ended battle, created on first use. */
    public String tokenFor(String battleId) {
        Optional<String> known = findToken(battleId);
        if (known.isPresent()) {
            return known.get();
        }
        String token = newToken();
        try {
            jdbc.sql("INSERT INTO publish_card (token, battle_id, created_at) VALUES (:token, :battleId, :now)")
                    .param("token", token)
                    .param("battleId", battleId)
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            return token;
        } catch (DuplicateKeyException e) {
            return findToken(battleId).orElseThrow(); // a concurrent share of the same battle won
        }
    }

    /** The JPEG of the card with this token, if the token is known and its battle ended. */
    public Optional<byte[]> jpeg(String token) {
        synchronized (cache) {
            byte[] cached = cache.get(token);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<byte[]> rendered = battleOf(token)
                .flatMap(battles::find)
                .filter(battle -> battle.status() == BattleStatus.ENDED)
                .map(this::render);
        rendered.ifPresent(bytes -> {
            synchronized (cache) {
                cache.put(token, bytes);
            }
        });
        return rendered;
    }

    private byte[] render(BattleView battle) {
        return Renderer.INSTANCE.render(BattleResult.of(battle));
    }

    private Optional<String> findToken(String battleId) {
        return jdbc.sql("SELECT token FROM publish_card WHERE battle_id = :battleId")
                .param("battleId", battleId)
                .query(String.class)
                .optional();
    }

    private Optional<String> battleOf(String token) {
        return jdbc.sql("SELECT battle_id FROM publish_card WHERE token = :token")
                .param("token", token)
                .query(String.class)
                .optional();
    }

    /** Created on the first card asked for, so starting the app does not wait for the fonts. */
    private static final class Renderer {
        static final CardRenderer INSTANCE = new CardRenderer();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
