package io.battlesim.tiktok.emulator.videos;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates one creator's catalogue from the emulator seed and the creator's open_id: first the posting times and
 * growth curves ({@link #generate}), then, when first listed, the videos' texts and sizes ({@link #describe}).
 */
final class CatalogueGenerator {

    /** Creators post up to the day before this one. */
    static final LocalDate HORIZON = LocalDate.of(2032, 1, 1);

    private static final double HIDDEN_SHARE = 0.015;
    private static final double MATURITY_SECONDS = 540 * 86_400.0;
    private static final long GROWTH_SALT = 0x9E3779B97F4A7C15L;

    private CatalogueGenerator() {}

    static CreatorVideos generate(Creator creator, long seed) {
        SplittableRandom random = new SplittableRandom(seedOf(seed, creator.openId()));
        CreatorPlan plan = CreatorPlan.of(creator.username());
        double reach = Math.max(20, creator.followersAtReference() * random.nextDouble(0.03, 0.08));
        long[][] schedule = schedule(plan, random);
        List<Slot> slots = new ArrayList<>(schedule.length);
        for (long[] secondAndSeed : schedule) {
            long second = secondAndSeed[0];
            Growth growth = Growth.draw(secondAndSeed[1] ^ GROWTH_SALT, expectedViews(plan, reach, second));
            slots.add(new Slot(second, secondAndSeed[1], growth));
        }
        return new CreatorVideos(creator, plan, reach, slots);
    }

    /** The videos of the slots, in posting order (series part numbers count up in that order). */
    static List<Entry> describe(Creator creator, List<Slot> slots) {
        Captions captions = Captions.forCreator(creator.username());
        List<Entry> entries = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            SplittableRandom random = new SplittableRandom(slot.seed());
            Captions.Caption caption = captions.next(random);
            int[] size = dimensions(random);
            Video video = new Video(
                    videoId(slot),
                    creator.openId(),
                    slot.createTime(),
                    caption.title(),
                    caption.description(),
                    duration(random),
                    size[0],
                    size[1],
                    random.nextDouble() >= HIDDEN_SHARE);
            entries.add(new Entry(video, slot.growth()));
        }
        return entries;
    }

    /** A published post's entry: its own seed, the creator's reach at that time, counts from zero. */
    static Entry published(Creator creator, CreatorPlan plan, double reach, PublishedPost post, Instant createTime) {
        SplittableRandom random = new SplittableRandom(post.postId());
        boolean photo = post.photos() > 0;
        String description = post.description().isEmpty() ? post.title() : post.description();
        Video video = new Video(
                Long.toString(post.postId()),
                creator.openId(),
                createTime,
                Captions.cut(post.title()),
                Captions.cut(description),
                photo ? 3 * post.photos() : random.nextInt(15, 61),
                1080,
                photo ? 1440 : 1920,
                true);
        Growth growth = Growth.draw(random.nextLong(), expectedViews(plan, reach, createTime.getEpochSecond()));
        return new Entry(video, growth);
    }

    /** Posting seconds with each video's seed, sorted by time, no two in the same second. */
    private static long[][] schedule(CreatorPlan plan, SplittableRandom random) {
        List<long[]> slots = new ArrayList<>();
        double weekFactor = 1;
        long first = plan.joined().toEpochDay();
        for (long day = first; day < HORIZON.toEpochDay(); day++) {
            DayOfWeek weekday = DayOfWeek.of((int) Math.floorMod(day + 3, 7) + 1); // 1970-01-01 was a Thursday
            if (day == first || weekday == DayOfWeek.MONDAY) {
                weekFactor = weekFactor(random);
            }
            double expected = plan.postsPerWeek() / 7 * PostingTimes.dayWeight(weekday) * weekFactor;
            for (int posts = poisson(random, expected); posts > 0; posts--) {
                long second = day * 86_400 + PostingTimes.drawSecondOfDay(random);
                slots.add(new long[] {second, random.nextLong()});
            }
        }
        long[][] sorted = slots.toArray(long[][]::new);
        Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
        for (int i = 1; i < sorted.length; i++) {
            // two posts in one second would make the list cursor skip one
            sorted[i][0] = Math.max(sorted[i][0], sorted[i - 1][0] + 1);
        }
        return sorted;
    }

    // New creators reach fewer people; a video's time of day and weekday shift its reach a little.
    private static double expectedViews(CreatorPlan plan, double reach, long postedSecond) {
        double age = postedSecond - plan.joined().toEpochDay() * 86_400.0;
        double maturity = 0.3 + 0.7 * Math.clamp(age / MATURITY_SECONDS, 0, 1);
        return reach * maturity * PostingTimes.reachFactor(Instant.ofEpochSecond(postedSecond));
    }

    // Like TikTok's item ids: the posting second in the high 32 bits.
    private static String videoId(Slot slot) {
        return Long.toString(slot.second() << 32 | (slot.seed() & 0xFFFF_FFFFL));
    }

    // Some weeks off, some busy weeks; the mean stays about 1.
    private static double weekFactor(RandomGenerator random) {
        return random.nextDouble() < 0.06 ? 0 : random.nextDouble(0.45, 1.7);
    }

    private static int poisson(RandomGenerator random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static int duration(RandomGenerator random) {
        if (random.nextDouble() < 0.04) {
            return random.nextInt(180, 601);
        }
        return Math.clamp(Math.round(Math.exp(Math.log(24) + 0.6 * random.nextGaussian())), 5, 180);
    }

    private static int[] dimensions(RandomGenerator random) {
        double draw = random.nextDouble();
        if (draw < 0.92) {
            return new int[] {1080, 1920};
        }
        return draw < 0.97 ? new int[] {720, 1280} : new int[] {1920, 1080};
    }

    /** FNV-1a over the text, started from the seed: a stable 64-bit seed per creator. */
    static long seedOf(long seed, String text) {
        long hash = 0xcbf29ce484222325L ^ seed;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
