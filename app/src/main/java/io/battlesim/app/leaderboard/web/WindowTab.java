package io.battlesim.app.leaderboard.web;

import io.battlesim.app.leaderboard.Window;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** A window tab of a board page: its label, link and whether it is the one shown. */
record WindowTab(String label, String href, String param, boolean current) {

    static List<WindowTab> all(Window shown, Function<Window, String> href) {
        return Arrays.stream(Window.values())
                .map(window -> new WindowTab(window.label(), href.apply(window), window.param(), window == shown))
                .toList();
    }
}
