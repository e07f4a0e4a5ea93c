package io.battlesim.tiktok.emulator.videos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Believable titles and descriptions for each creator's niche, some with emoji or Chinese and Japanese text; a
 * title with {@code %d} is a series whose part number counts up through the catalogue.
 */
final class Captions {

    /** TikTok's Video Object limit for both title and description. */
    static final int MAX_LENGTH = 150;

    private record Topic(List<String> titles, List<String> hashtags) {}

    /** A title and the description built from it. */
    record Caption(String title, String description) {}

    private static final Map<String, Topic> TOPICS = Map.of(
            "ava.sparks",
            new Topic(
                    List.of(
                            "DIY laser tunnel for under $50 ✨",
                            "LED stage build, part %d",
                            "Turning my garage into a light show",
                            "Battle night setup tour 🔥",
                            "The fog machine hack nobody talks about",
                            "舞台灯光 DIY ✨ 第%d集",
                            "Friday battle recap: we almost lost 😅",
                            "Programming 300 LEDs to one song",
                            "A neon sign from a pool noodle?!",
                            "Stage lights vs. phone flashlight"),
                    List.of("#diy", "#ledlights", "#stagelighting", "#lightshow", "#maker", "#tiktokbattle")),
            "leo.beats",
            new Topic(
                    List.of(
                            "140 BPM finger drumming 🥁",
                            "Flipping a sample from a ringtone",
                            "Beat from kitchen sounds, part %d",
                            "Can I drum to your favourite song?",
                            "指ドラム 140BPM 🥁",
                            "Fastest MPC routine yet",
                            "Lo-fi beat in 60 seconds",
                            "Duet this with a bassline 👇"),
                    List.of("#fingerdrumming", "#beatmaker", "#mpc", "#producer", "#music", "#lofi")),
            "mia.moves",
            new Topic(
                    List.of(
                            "Choreo breakdown, part %d 💃",
                            "Learn this in 30 seconds",
                            "ダンスチャレンジ 💃",
                            "Mirror tutorial, slowed down",
                            "Trying every trend of the week",
                            "Freestyle in the rain ☔",
                            "K-pop dance cover 🎶",
                            "The hardest 8 counts I've ever learned"),
                    List.of("#dance", "#choreography", "#dancechallenge", "#tutorial", "#kpop")),
            "noah.laughs",
            new Topic(
                    List.of(
                            "My cat reviews my cooking 🐱",
                            "POV: your cat pays rent",
                            "When the group chat goes silent",
                            "The office printer strikes back",
                            "Cat vs. Monday, episode %d"),
                    List.of("#comedy", "#sketch", "#cat", "#pov", "#funny")),
            "zoe.paints",
            new Topic(
                    List.of(
                            "Watercolour timelapse 🎨 no. %d",
                            "Painting your pets, part %d",
                            "水彩タイムラプス 🎨",
                            "Loose florals in 10 minutes",
                            "Cheap vs. expensive paper",
                            "Commission reveal 🖼️"),
                    List.of("#watercolor", "#art", "#timelapse", "#painting", "#artist")),
            "kai.games",
            new Topic(
                    List.of(
                            "Any% speedrun, attempt %d",
                            "Co-op chaos with friends 🎮",
                            "This glitch saved the run",
                            "Ranking every boss I've beaten",
                            "New PB!! 🏆",
                            "速通挑战 第%d天"),
                    List.of("#speedrun", "#gaming", "#gamer", "#coop", "#retrogaming")),
            "luna.sings",
            new Topic(
                    List.of(
                            "2 a.m. harmonies 🎤",
                            "Acoustic cover, take %d",
                            "Original song snippet, part %d",
                            "深夜のハモり 🎤",
                            "Singing in a stairwell for the echo",
                            "Duet me on the high part 👇"),
                    List.of("#singing", "#cover", "#originalsong", "#harmony", "#music")),
            "omar.cooks",
            new Topic(
                    List.of(
                            "15-minute dinner, day %d 🍳",
                            "One-pan pasta, zero fuss",
                            "15分钟晚餐 🍳",
                            "Cheap meal prep for the week",
                            "Rating viral recipes",
                            "Breakfast in 5 minutes"),
                    List.of("#cooking", "#recipe", "#quickmeals", "#food", "#dinner")),
            "ivy.reads",
            new Topic(
                    List.of(
                            "One book, sixty seconds 📚 #%d",
                            "Books that live rent-free in my head",
                            "今月の一冊 📚",
                            "Reading slump cures",
                            "Rating my TBR pile"),
                    List.of("#booktok", "#books", "#reading", "#bookreview")),
            "max.fixes",
            new Topic(
                    List.of(
                            "Can I fix this $5 console? 🔧",
                            "Repair log #%d",
                            "Why your charger died",
                            "Reviving a water-damaged phone",
                            "修理记录 🔧 第%d期",
                            "Soldering basics in 60s"),
                    List.of("#repair", "#electronics", "#fixit", "#diy", "#tech")));

    private static final Topic DEFAULT = new Topic(
            List.of("Day in my life, part %d", "Storytime ✨", "Trying this trend", "Q&A time 💬"),
            List.of("#dayinmylife", "#storytime", "#trend"));

    private final Topic topic;
    private final Map<String, Integer> parts = new HashMap<>();

    private Captions(Topic topic) {
        this.topic = topic;
    }

    /** A fresh series counter for one creator's catalogue; use it in posting order. */
    static Captions forCreator(String username) {
        return new Captions(TOPICS.getOrDefault(username, DEFAULT));
    }

    /** The next title and its description (the title with two to four hashtags and #fyp). */
    Caption next(RandomGenerator random) {
        String template = topic.titles().get(random.nextInt(topic.titles().size()));
        String title = template.contains("%d")
                ? template.replace("%d", Integer.toString(parts.merge(template, 1, Integer::sum)))
                : template;
        List<String> tags = new ArrayList<>(topic.hashtags());
        StringBuilder description = new StringBuilder(title);
        for (int i = random.nextInt(2, 5); i > 0 && !tags.isEmpty(); i--) {
            description.append(' ').append(tags.remove(random.nextInt(tags.size())));
        }
        description.append(" #fyp");
        return new Caption(cut(title), cut(description.toString()));
    }

    /** Cuts to TikTok's 150 UTF-16 units without splitting a surrogate pair. */
    static String cut(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return text.substring(0, end);
    }
}
