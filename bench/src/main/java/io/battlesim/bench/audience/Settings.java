package io.battlesim.bench.audience;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's {@code --name=value} options, defaults filled in.
 *
 * @param base the app's base URL
 * @param appPid the app's process id, for its CPU time and memory (-1: unknown)
 * @param phase {@code run} (connect, vote, check the totals) or {@code verify} (check them again after a restart)
 * @param clients SSE clients, split between the overlay stream and the viewer page's stream
 * @param overlayShare the share of the clients on the overlay stream
 * @param rate votes per second offered, web and chat together
 * @param webShare the share of the votes cast on the web (the rest are chat commands)
 * @param warmup seconds of voting before the measured window
 * @param seconds the measured window
 * @param viewers web viewers (cookies fetched up front); at least two windows' worth of web votes
 * @param chatUsers chat users taking turns
 * @param chatIntervalMillis how often a chat batch goes out
 * @param probesPerSecond counted web votes per second timed to the clients
 * @param maxInFlight web votes waiting for their answers at most
 * @param readers selector threads per swarm of SSE clients
 * @param connectRate SSE connections opened per second
 * @param windowSeconds the battle's vote window (one vote per viewer per window)
 * @param stateFile where the run phase leaves what the verify phase checks
 * @param resultsFile where the verify phase appends the table
 * @param restartMillis how long the app took to be ready again after the kill (-1: unknown)
 */
record Settings(
        URI base,
        long appPid,
        String phase,
        int clients,
        double overlayShare,
        int rate,
        double webShare,
        int warmup,
        int seconds,
        int viewers,
        int chatUsers,
        int chatIntervalMillis,
        int probesPerSecond,
        int maxInFlight,
        int readers,
        int connectRate,
        int windowSeconds,
        Path stateFile,
        Path resultsFile,
        long restartMillis) {

    private static final Set<String> NAMES = Set.of(
            "base",
            "app-pid",
            "phase",
            "clients",
            "overlay-share",
            "rate",
            "web-share",
            "warmup",
            "seconds",
            "viewers",
            "chat-users",
            "chat-interval-ms",
            "probes-per-second",
            "max-in-flight",
            "readers",
            "connect-rate",
            "window",
            "state-file",
            "results-file",
            "restart-ms");

    Settings {
        if (!phase.equals("run") && !phase.equals("verify")) {
            throw new IllegalArgumentException("--phase must be run or verify, was " + phase);
        }
        if (webShare < 0 || webShare > 1 || overlayShare < 0 || overlayShare > 1) {
            throw new IllegalArgumentException("--web-share and --overlay-share must be between 0 and 1");
        }
        if (clients < 0 || rate < 0 || seconds <= 0 || warmup < 0 || windowSeconds < 1) {
            throw new IllegalArgumentException("--clients, --rate, --warmup must be >= 0, --seconds and --window > 0");
        }
    }

    static Settings parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0 || !NAMES.contains(arg.substring(2, equals))) {
                throw new IllegalArgumentException(
                        "unknown option " + arg + "; known: --" + String.join("=, --", NAMES) + "=");
            }
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        int rate = number(values, "rate", 1000);
        double webShare = share(values, "web-share", 0.7);
        int window = number(values, "window", 1);
        // every viewer votes at most once in two windows, so "too soon" means the app fell behind, not the harness
        int viewers = Math.max(number(values, "viewers", 3000), (int) Math.ceil(2 * rate * webShare * window));
        int chatUsers =
                Math.max(number(values, "chat-users", 3000), (int) Math.ceil(2 * rate * (1 - webShare) * window));
        return new Settings(
                URI.create(values.getOrDefault("base", "http://127.0.0.1:5000")),
                number(values, "app-pid", -1),
                values.getOrDefault("phase", "run"),
                number(values, "clients", 2000),
                share(values, "overlay-share", 0.5),
                rate,
                webShare,
                number(values, "warmup", 5),
                number(values, "seconds", 60),
                viewers,
                chatUsers,
                number(values, "chat-interval-ms", 50),
                number(values, "probes-per-second", 20),
                number(values, "max-in-flight", 256),
                number(values, "readers", 1),
                number(values, "connect-rate", 1000),
                window,
                Path.of(values.getOrDefault("state-file", "audience-bench.properties")),
                Path.of(values.getOrDefault("results-file", "audience-results.txt")),
                number(values, "restart-ms", -1));
    }

    int overlayClients() {
        return (int) Math.round(clients * overlayShare);
    }

    int pageClients() {
        return clients - overlayClients();
    }

    double webRate() {
        return rate * webShare;
    }

    double chatRate() {
        return rate - webRate();
    }

    /** Every how many web votes one is a probe, for {@link #probesPerSecond()} probes a second. */
    int probeEvery() {
        return probesPerSecond <= 0 ? Integer.MAX_VALUE : Math.max(1, (int) Math.round(webRate() / probesPerSecond));
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    private static double share(Map<String, String> values, String name, double fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        return value.endsWith("%")
                ? Double.parseDouble(value.substring(0, value.length() - 1)) / 100
                : Double.parseDouble(value);
    }
}
