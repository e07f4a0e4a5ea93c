package io.battlesim.engine.audience;

import io.battlesim.engine.powerup.PowerUpKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The names viewers use for boosters, in normalised and compacted form ("stun hammer" is "stunhammer"). */
final class BoosterNames {

    private static final Map<String, PowerUpKind> NAMES = Map.ofEntries(
            Map.entry("glove", PowerUpKind.BOOSTING_GLOVE),
            Map.entry("boost", PowerUpKind.BOOSTING_GLOVE),
            Map.entry("boostingglove", PowerUpKind.BOOSTING_GLOVE),
            Map.entry("x2", PowerUpKind.BOOSTING_GLOVE),
            Map.entry("mist", PowerUpKind.MAGIC_MIST),
            Map.entry("magicmist", PowerUpKind.MAGIC_MIST),
            Map.entry("fog", PowerUpKind.MAGIC_MIST),
            Map.entry("hammer", PowerUpKind.STUN_HAMMER),
            Map.entry("stun", PowerUpKind.STUN_HAMMER),
            Map.entry("stunhammer", PowerUpKind.STUN_HAMMER),
            Map.entry("time", PowerUpKind.TIME_MAKER),
            Map.entry("timer", PowerUpKind.TIME_MAKER),
            Map.entry("timemaker", PowerUpKind.TIME_MAKER),
            Map.entry("clock", PowerUpKind.TIME_MAKER));

    private BoosterNames() {}

    /** Reads a booster at {@code start}: a two-word name ("magic mist") first, else a one-word name. */
    static Optional<Argument<PowerUpKind>> read(List<String> words, int start) {
        if (start >= words.size()) {
            return Optional.empty();
        }
        String first = ChatText.compact(words.get(start));
        if (!first.isEmpty() && start + 1 < words.size()) {
            PowerUpKind twoWords = NAMES.get(first + ChatText.compact(words.get(start + 1)));
            if (twoWords != null) {
                return Optional.of(new Argument<>(twoWords, start + 2));
            }
        }
        return Optional.ofNullable(NAMES.get(first)).map(kind -> new Argument<>(kind, start + 1));
    }
}
