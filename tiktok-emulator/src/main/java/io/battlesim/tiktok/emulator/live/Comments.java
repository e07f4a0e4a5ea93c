package io.battlesim.tiktok.emulator.live;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What viewers write in the chat; a few comments carry emoji or HTML metacharacters on purpose, and some are the vote
 * commands audience-interaction tools read (by side letter, as a viewer of any battle may type them).
 */
final class Comments {

    private static final List<String> ALL = List.of(
            "hiii 👋",
            "first time here!",
            "GG",
            "let's gooo 🔥🔥",
            "who's winning??",
            "tap tap tap ❤️",
            "this is so good",
            "<3 <3 <3",
            "roses for the queen 🌹",
            "can you do a shoutout?",
            "lol 😂",
            "Fight & win!",
            "\"best\" stream today",
            "<b>not bold</b>",
            "from Brazil 🇧🇷",
            "from Japan 🇯🇵",
            "5 minutes left!!",
            "snipe incoming 👀",
            "team blue 💙",
            "team red ❤️",
            "how do I send a gift?",
            "wow",
            "🐐🐐🐐",
            "love this song",
            "x2 time!!",
            "almost there, keep tapping",
            "!vote a",
            "!vote B 🔥",
            "go go #A",
            "#b #b #b",
            "!boost glove a",
            "!boost mist b",
            "!BOOST Hammer A",
            "!vote 2 pls");

    private Comments() {}

    static String pick(RandomGenerator random) {
        return ALL.get(random.nextInt(ALL.size()));
    }
}
