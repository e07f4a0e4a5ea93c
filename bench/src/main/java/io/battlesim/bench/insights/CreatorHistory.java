package io.battlesim.bench.insights;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One creator's videos and their counts on any snapshot day, generated from a seed. A video's views rise fast after
 * posting and then flatten ({@code reach * (1 - e^(-age / tau)) + tail * age}); likes, comments and shares are fixed
 * shares of the views, so every count grows monotonically day by day. Videos posted in the evening and at the end of
 * the week reach more, so that "best time to post" has something to find.
 */
final class CreatorHistory {

    private static final long FIRST_ID = 7_100_000_000_000_000_000L;
    private static final String[] TITLES = {
        "Stage lights on a budget ✨ part %d",
        "Battle night recap 🔥 #%d",
        "POV: the last 10 seconds of battle %d",
        "Try not to laugh, round %d 😂",
        "東京の夜を歩く 🌃 %d",
        "新しい振り付け 💃 その%d",
        "오늘의 챌린지 #%d",
        "周末vlog｜第%d期",
        "Café ☕ + watercolour = calm (%d)",
        "Q&A: your questions, part %d",
        "Day %d of 100 days of drumming 🥁",
        "Ça commence ici 🎨 épisode %d",
        "OBS overlay setup, part %d",
        "Duet with @leo.beats 🎶 take %d",
        "Fixing Game Boy #%d 🔧",
        "Speedrun any%% attempt %d",
        "Ramen night #%d 🍜",
        "Book of the week 📚 #%d",
        "Behind the scenes 🎬 %d",
        "Reply to @fan%d 💬"
    };
    private static final String[] TAGS = {
        "#fyp",
        "#tiktokbattle",
        "#live",
        "#diy",
        "#dance",
        "#music",
        "#comedy",
        "#art",
        "#gaming",
        "#cooking",
        "#booktok",
        "#tech",
        "#日本",
        "#한국",
        "#vlog"
    };

    /** A video, and how its counts grow. */
    record Video(
            String id,
            Instant createdAt,
            String title,
            String description,
            int durationSeconds,
            double reach,
            double tauDays,
            double tailPerDay,
            double likeRate,
            double commentRate,
            double shareRate) {

        LocalDate postedDay() {
            return LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        }

        /** The counts a snapshot taken at {@code at} saw. */
        Counts at(Instant at) {
            double age = Math.max(0, Duration.between(createdAt, at).toSeconds() / 86_400.0);
            long views = (long) (reach * (1 - Math.exp(-age / tauDays)) + tailPerDay * age);
            return new Counts(
                    views, (long) (views * likeRate), (long) (views * commentRate), (long) (views * shareRate));
        }
    }

    /** A video's counts on one day. */
    record Counts(long views, long likes, long comments, long shares) {}

    final String handle;
    final LocalDate today;
    final Instant now;
    final int days;
    final List<Video> videos;

    private CreatorHistory(String handle, LocalDate today, Instant now, int days, List<Video> videos) {
        this.handle = handle;
        this.today = today;
        this.now = now;
        this.days = days;
        this.videos = videos;
    }

    /**
     * Generates a creator's videos, ordered by id (the order of the tables' primary keys).
     *
     * @param days the snapshot days, ending today
     * @param postedOverDays how far back the oldest videos go
     * @param recentShare the share of videos posted within the snapshot days (the others are older)
     */
    static CreatorHistory generate(
            long seed, int count, int days, int postedOverDays, double recentShare, Instant now, String handle) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Set<Long> ids = new HashSet<>();
        List<Video> videos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id;
            do {
                id = FIRST_ID + random.nextLong(800_000_000_000_000_000L);
            } while (!ids.add(id));
            // within the snapshot days: posted yesterday at the latest, so every video has a previous snapshot
            int daysAgo = random.nextDouble() < recentShare
                    ? 1 + random.nextInt(days - 1)
                    : days + random.nextInt(Math.max(1, postedOverDays - days));
            videos.add(video(random, Long.toString(id), today.minusDays(daysAgo), handle));
        }
        videos.sort(Comparator.comparing(Video::id));
        return new CreatorHistory(handle, today, now, days, List.copyOf(videos));
    }

    LocalDate firstDay() {
        return today.minusDays(days - 1);
    }

    /** When the snapshot of a day was taken: the end of the day, today's just now. */
    Instant snapshotAt(LocalDate day) {
        return day.equals(today) ? now : day.atTime(23, 59).toInstant(ZoneOffset.UTC);
    }

    /** The first snapshot day that saw the video. */
    LocalDate firstSeen(Video video) {
        LocalDate posted = video.postedDay();
        return posted.isAfter(firstDay()) ? posted : firstDay();
    }

    private static Video video(SplittableRandom random, String id, LocalDate day, String handle) {
        int hour = postingHour(random);
        Instant createdAt =
                day.atTime(hour, random.nextInt(60), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        double reach = Math.clamp(
                Math.exp(Math.log(20_000) + 1.4 * random.nextGaussian()) * slotFactor(hour, day.getDayOfWeek()),
                150,
                80_000_000);
        String title = TITLES[random.nextInt(TITLES.length)].formatted(1 + random.nextInt(400));
        int tag = random.nextInt(TAGS.length);
        String tags = TAGS[tag] + " " + TAGS[(tag + 1 + random.nextInt(TAGS.length - 1)) % TAGS.length];
        return new Video(
                id,
                createdAt,
                random.nextInt(4) == 0 ? title + " " + tags : title,
                title + " — filmed for @" + handle + "'s followers. " + tags + " #fyp",
                5 + random.nextInt(176),
                reach,
                0.5 + 4 * random.nextDouble(),
                reach * (0.00005 + 0.0004 * random.nextDouble()),
                0.03 + 0.12 * random.nextDouble(),
                0.001 + 0.009 * random.nextDouble(),
                0.0005 + 0.0055 * random.nextDouble());
    }

    /** Most videos go out in the afternoon and evening (UTC). */
    private static int postingHour(SplittableRandom random) {
        while (true) {
            int hour = random.nextInt(24);
            if (random.nextDouble() < 0.25 + 0.75 * Math.exp(-Math.pow(hour - 18, 2) / 18)) {
                return hour;
            }
        }
    }

    private static double slotFactor(int hour, DayOfWeek weekday) {
        double byHour = 0.6 + 0.8 * Math.exp(-Math.pow(hour - 19, 2) / 12);
        return weekday == DayOfWeek.FRIDAY || weekday == DayOfWeek.SATURDAY ? byHour * 1.2 : byHour;
    }
}
