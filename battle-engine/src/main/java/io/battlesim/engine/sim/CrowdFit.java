package io.battlesim.engine.sim;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.agent.CatalogueGift;
import io.battlesim.engine.agent.GiftCatalogue;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.BattleStarted;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Start;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a recorded battle's gift events into arrivals per side: a streak (grouped by room, sender, gift and group
 * id, as the engine groups it) or a single gift is one arrival at its first event's time, with its final count.
 * Events are deduplicated by id and kept only between the start and the configured end.
 */
final class CrowdFit {

    private final BattleConfig config;
    private final int sides;
    private final long start;
    private final long durationMillis;
    private final List<Arrival> arrivals = new ArrayList<>();

    /** One gift arrival: a whole streak or a single gift. */
    private static final class Arrival {
        final int side;
        final long at;
        final Gift gift;
        final String sender;
        int count;

        Arrival(int side, long at, Gift gift, String sender, int count) {
            this.side = side;
            this.at = at;
            this.gift = gift;
            this.sender = sender;
            this.count = count;
        }

        boolean big() {
            return gift.diamondCount() >= CrowdModel.BIG_GIFT_COINS;
        }
    }

    CrowdFit(List<BattleEvent> events, BattleConfig config) {
        this.config = Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(events, "recordedEvents must not be null");
        this.sides = config.sides().size();
        long started = Long.MIN_VALUE;
        long duration = config.duration().toMillis();
        long firstGift = Long.MAX_VALUE;
        for (BattleEvent event : events) {
            if (event instanceof Start s && started == Long.MIN_VALUE) {
                started = s.timestamp();
            } else if (event instanceof BattleStarted s && started == Long.MIN_VALUE) {
                started = s.startedAt();
                duration = s.durationMillis();
            } else if (event instanceof GiftReceived g) {
                firstGift = Math.min(firstGift, g.timestamp());
            }
        }
        this.start = started != Long.MIN_VALUE ? started : firstGift;
        this.durationMillis = duration;
        group(events);
    }

    /** The model of one side, or of the average side when {@code side} is negative. */
    CrowdModel model(int side) {
        double sidesCounted = side < 0 ? sides : 1;
        double binSeconds = durationMillis / 1000.0 / CrowdModel.BINS;
        double[] rates = new double[CrowdModel.BINS];
        Map<CatalogueGift, Double> everyday = new LinkedHashMap<>();
        Map<CatalogueGift, Double> big = new LinkedHashMap<>();
        List<Integer> lengths = new ArrayList<>();
        Set<String> gifters = new HashSet<>();
        Set<String> bigSpenders = new HashSet<>();
        int total = 0;
        for (Arrival arrival : arrivals) {
            if (side >= 0 && arrival.side != side) {
                continue;
            }
            total++;
            rates[bin(arrival.at)] += 1 / (binSeconds * sidesCounted);
            CatalogueGift gift = catalogued(arrival.gift);
            (arrival.big() ? big : everyday).merge(gift, 1.0, Double::sum);
            (arrival.big() ? bigSpenders : gifters).add(arrival.sender);
            if (gift.streakable()) {
                lengths.add(arrival.count);
            }
        }
        return build(rates, everyday, big, lengths, total, gifters.size(), bigSpenders.size());
    }

    private static CrowdModel build(
            double[] rates,
            Map<CatalogueGift, Double> everyday,
            Map<CatalogueGift, Double> big,
            List<Integer> lengths,
            int total,
            int gifters,
            int bigSpenders) {
        CrowdModel fallback = CrowdModel.typical();
        int bigCount = 0;
        for (double count : big.values()) {
            bigCount += (int) count;
        }
        int[] taps = new int[lengths.size()];
        for (int i = 0; i < taps.length; i++) {
            taps[i] = lengths.get(i);
        }
        return new CrowdModel(
                rates,
                everyday.isEmpty() ? fallback.mix() : weights(everyday),
                taps.length == 0 ? new int[] {1} : taps,
                total == 0 ? 0 : bigCount / (double) total,
                weights(big),
                Math.clamp(gifters, 1, Viewers.REGULAR),
                Math.clamp(bigSpenders, 1, Viewers.BIG));
    }

    private static List<CrowdModel.GiftWeight> weights(Map<CatalogueGift, Double> counts) {
        double sum = 0;
        for (double count : counts.values()) {
            sum += count;
        }
        List<CrowdModel.GiftWeight> result = new ArrayList<>();
        for (Map.Entry<CatalogueGift, Double> entry : counts.entrySet()) {
            result.add(new CrowdModel.GiftWeight(entry.getKey(), entry.getValue() / sum));
        }
        return result;
    }

    private void group(List<BattleEvent> events) {
        Set<String> seen = new HashSet<>();
        Map<String, Arrival> open = new HashMap<>();
        for (BattleEvent event : events) {
            if (!(event instanceof GiftReceived gift) || !seen.add(gift.eventId()) || !within(gift.timestamp())) {
                continue;
            }
            int side = sideOf(gift);
            if (side < 0) {
                continue;
            }
            if (!gift.gift().streakable()) {
                arrivals.add(new Arrival(
                        side, gift.timestamp(), gift.gift(), gift.sender().userId(), 1));
                continue;
            }
            String key = gift.roomId()
                    + '\u0000'
                    + gift.sender().userId()
                    + '\u0000'
                    + gift.gift().id()
                    + '\u0000'
                    + gift.groupId();
            Arrival streak = open.get(key);
            if (streak == null) {
                streak = new Arrival(
                        side, gift.timestamp(), gift.gift(), gift.sender().userId(), 0);
                arrivals.add(streak);
                open.put(key, streak);
            }
            streak.count = Math.max(streak.count, gift.repeatCount());
            if (gift.repeatEnd()) {
                open.remove(key);
            }
        }
    }

    private boolean within(long at) {
        return at >= start && at - start < durationMillis;
    }

    private int bin(long at) {
        return (int) Math.min(CrowdModel.BINS - 1, (at - start) * CrowdModel.BINS / durationMillis);
    }

    /** The side a gift counts for, as the engine decides it (receiver first, else the room's host), or -1. */
    private int sideOf(GiftReceived gift) {
        for (int i = 0; i < sides; i++) {
            SideConfig side = config.side(i);
            String receiver = gift.receiverUserId();
            if (receiver != null
                    ? side.receiverUserIds().contains(receiver)
                    : side.roomIds().contains(gift.roomId())) {
                return i;
            }
        }
        return -1;
    }

    private static CatalogueGift catalogued(Gift gift) {
        CatalogueGift known = GiftCatalogue.byId(gift.id());
        if (known != null && known.coins() == gift.diamondCount()) {
            return known;
        }
        return new CatalogueGift(gift.id(), gift.name(), gift.type(), Math.max(1, gift.diamondCount()));
    }
}
