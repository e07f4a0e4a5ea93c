package io.battlesim.app.battle.cluster;

import io.battlesim.app.battle.BattleUpdate;
import io.battlesim.app.battle.persistence.BattleJson;

/** Battle updates as Redis stream entries: a one-letter kind and the update as JSON. */
final class UpdateCodec {

    static final String KIND = "k";
    static final String BODY = "u";

    private final BattleJson json;

    UpdateCodec(BattleJson json) {
        this.json = json;
    }

    String kind(BattleUpdate update) {
        return switch (update) {
            case BattleUpdate.ScoreboardChanged s -> "s";
            case BattleUpdate.GiftAlert g -> "g";
            case BattleUpdate.BattleEnded e -> "e";
        };
    }

    String body(BattleUpdate update) {
        return json.write(update);
    }

    BattleUpdate read(String kind, String body) {
        return switch (kind) {
            case "s" -> json.read(body, BattleUpdate.ScoreboardChanged.class);
            case "g" -> json.read(body, BattleUpdate.GiftAlert.class);
            case "e" -> json.read(body, BattleUpdate.BattleEnded.class);
            default -> throw new IllegalArgumentException("unknown update kind " + kind);
        };
    }
}
