package io.battlesim.app.leaderboard;

import java.util.Locale;
import java.util.Optional;

/** How the creators board is ordered. */
public enum CreatorOrder {
    WINS("Wins"),
    WIN_RATE("Win rate"),
    COINS("Coins received");

    private final String label;

    CreatorOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String param() {
        return switch (this) {
            case WINS -> "wins";
            case WIN_RATE -> "winRate";
            case COINS -> "coins";
        };
    }

    public static Optional<CreatorOrder> parse(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace("_", "");
        for (CreatorOrder order : values()) {
            if (order.param().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
