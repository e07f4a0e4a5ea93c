package io.battlesim.app.publish.job;

import io.battlesim.tiktok.client.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The TikTok webhook deliveries already applied ({@code webhook_delivery}). TikTok delivers an event at least once,
 * to whichever node the load balancer picks, and sends no event id: an event's {@link WebhookEvent#dedupKey()} is
 * inserted in the transaction that applies it, under a primary key, so of two deliveries of the same event exactly
 * one applies it (a second one arriving meanwhile waits for the first transaction, then finds the key), and a failed
 * application leaves no key behind, so TikTok's retry applies it.
 */
@Repository
class WebhookDeliveries {

    /** How long a delivery is remembered: beyond TikTok's 72 hours of retries. */
    static final Duration KEPT = Duration.ofDays(4);

    private static final int EVENT_LENGTH = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    WebhookDeliveries(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Applies an event unless it was applied before, in one transaction with the note that it was (the effects' JDBC
     * work on the same data source joins it).
     *
     * @return whether it was applied now; false for a repeated delivery
     */
    boolean once(WebhookEvent event, Instant now, Consumer<WebhookEvent> effects) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                jdbc.sql("INSERT INTO webhook_delivery (dedup_key, event, received_at) VALUES (:key, :event, :now)")
                        .param("key", event.dedupKey())
                        .param("event", clip(event.event()))
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .update();
                effects.accept(event);
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Forgets the deliveries older than {@link #KEPT}; returns how many. */
    int forgetBefore(Instant now) {
        return jdbc.sql("DELETE FROM webhook_delivery WHERE received_at < :cutoff")
                .param("cutoff", now.minus(KEPT).atOffset(ZoneOffset.UTC))
                .update();
    }

    private static String clip(String event) {
        return event.length() <= EVENT_LENGTH ? event : event.substring(0, EVENT_LENGTH);
    }
}
