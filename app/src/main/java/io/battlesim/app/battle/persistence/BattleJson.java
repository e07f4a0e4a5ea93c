package io.battlesim.app.battle.persistence;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.battlesim.app.battle.BattleTally;
import io.battlesim.engine.event.ArmiesUpdated;
import io.battlesim.engine.event.AudienceRulesChanged;
import io.battlesim.engine.event.AudienceVote;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.BattleFinished;
import io.battlesim.engine.event.BattleStarted;
import io.battlesim.engine.event.CardUsed;
import io.battlesim.engine.event.End;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.MultiplierWindow;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Resume;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of what the battle module stores: engine events (with a {@code type} discriminator), setups, statistics and
 * summaries. Records map to JSON objects by their component names; thread-safe.
 */
@Component
public final class BattleJson {

    private final JsonMapper mapper;

    public BattleJson() {
        this.mapper = JsonMapper.builder()
                .addMixIn(BattleEvent.class, BattleEventMixin.class)
                .addMixIn(BattleTally.class, BattleTallyMixin.class)
                .build();
    }

    /** The event as JSON, with its type name. */
    public String writeEvent(BattleEvent event) {
        return mapper.writeValueAsString(Objects.requireNonNull(event, "event must not be null"));
    }

    /** An event read back from {@link #writeEvent(BattleEvent)}. */
    public BattleEvent readEvent(String json) {
        return mapper.readValue(Objects.requireNonNull(json, "json must not be null"), BattleEvent.class);
    }

    /** A tally as JSON, with its type name. */
    public String writeTally(BattleTally tally) {
        return mapper.writeValueAsString(Objects.requireNonNull(tally, "tally must not be null"));
    }

    /** A tally read back from {@link #writeTally(BattleTally)}. */
    public BattleTally readTally(String json) {
        return mapper.readValue(Objects.requireNonNull(json, "json must not be null"), BattleTally.class);
    }

    /** Any value (a record, a list, a map) as JSON. */
    public String write(Object value) {
        return mapper.writeValueAsString(Objects.requireNonNull(value, "value must not be null"));
    }

    /** A value read back from {@link #write(Object)}. */
    public <T> T read(String json, Class<T> type) {
        return mapper.readValue(Objects.requireNonNull(json, "json must not be null"), type);
    }

    /** The event type names, stable in stored logs: never rename one. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = GiftReceived.class, name = "gift"),
        @JsonSubTypes.Type(value = LikeReceived.class, name = "like"),
        @JsonSubTypes.Type(value = Start.class, name = "start"),
        @JsonSubTypes.Type(value = Tick.class, name = "tick"),
        @JsonSubTypes.Type(value = End.class, name = "end"),
        @JsonSubTypes.Type(value = Resume.class, name = "resume"),
        @JsonSubTypes.Type(value = PowerUpTriggered.class, name = "powerUp"),
        @JsonSubTypes.Type(value = AudienceVote.class, name = "audienceVote"),
        @JsonSubTypes.Type(value = AudienceRulesChanged.class, name = "audienceRules"),
        @JsonSubTypes.Type(value = BattleStarted.class, name = "tiktokBattleStarted"),
        @JsonSubTypes.Type(value = ArmiesUpdated.class, name = "tiktokArmies"),
        @JsonSubTypes.Type(value = MultiplierWindow.class, name = "tiktokMultiplierWindow"),
        @JsonSubTypes.Type(value = CardUsed.class, name = "tiktokCard"),
        @JsonSubTypes.Type(value = BattleFinished.class, name = "tiktokBattleFinished")
    })
    private interface BattleEventMixin {}

    /** The tally type names, stable in stored tallies. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = BattleTally.Gifts.class, name = "gifts"),
        @JsonSubTypes.Type(value = BattleTally.Outcome.class, name = "outcome")
    })
    private interface BattleTallyMixin {}
}
