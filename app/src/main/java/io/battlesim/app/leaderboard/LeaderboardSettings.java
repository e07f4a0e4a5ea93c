package io.battlesim.app.leaderboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the leaderboards ({@code app.leaderboard}).
 *
 * @param refreshInterval how often battles' new tallies are added to the boards (longer under heavy load, see {@code
 *     RoundPacing})
 * @param minBattlesForWinRate creators with fewer finished battles in the window are left off the win-rate order
 * @param overlayInterval shortest time between two updates of a leaderboard overlay
 */
@ConfigurationProperties("app.leaderboard")
public record LeaderboardSettings(
        @DefaultValue("1s") Duration refreshInterval,
        @DefaultValue("3") int minBattlesForWinRate,
        @DefaultValue("2s") Duration overlayInterval) {}
