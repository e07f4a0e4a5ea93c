package io.battlesim.tiktok.emulator.videos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * One creator's videos: the generated catalogue (fixed, sorted by posting time, including posts still in the future
 * of the emulator clock) and the public posts made through Content Posting. Counts need only the slots; the videos'
 * texts are drawn the first time they are listed. Thread-safe.
 */
final class CreatorVideos {

    /** A creator at one instant: the profile, and the videos newest first with their counts at the same index. */
    record Snapshot(ProfileCounts profile, List<Entry> videos, List<VideoCounts> counts) {}

    private static final Comparator<Entry> NEWEST_FIRST =
            Comparator.comparing((Entry entry) -> entry.video().createTime()).reversed();

    private final Creator creator;
    private final CreatorPlan plan;
    private final double reach;
    private final List<Slot> slots;
    private final long[] seconds;
    private final long referenceViews;
    private final List<Entry> published = new CopyOnWriteArrayList<>();
    private final Map<String, Entry> everPublished = new ConcurrentHashMap<>();
    private volatile @Nullable Described described;

    private record Described(List<Entry> entries, Map<String, Entry> byId) {}

    CreatorVideos(Creator creator, CreatorPlan plan, double reach, List<Slot> slots) {
        this.creator = creator;
        this.plan = plan;
        this.reach = reach;
        this.slots = List.copyOf(slots);
        this.seconds = slots.stream().mapToLong(Slot::second).toArray();
        Instant reference = VideoCatalogue.REFERENCE_INSTANT;
        this.referenceViews = this.slots.subList(0, postedBy(reference)).stream()
                .mapToLong(slot -> slot.viewsAt(reference))
                .sum();
    }

    Creator creator() {
        return creator;
    }

    /** The videos posted by {@code at} and still public, newest first. */
    List<Entry> newestFirst(Instant at) {
        List<Entry> visible = new ArrayList<>(described().entries().subList(0, postedBy(at)));
        published.stream()
                .filter(entry -> !entry.video().createTime().isAfter(at))
                .forEach(visible::add);
        visible.sort(NEWEST_FIRST);
        return visible;
    }

    /** A video posted by {@code at} and still public. */
    Optional<Entry> find(String videoId, Instant at) {
        Entry entry = described().byId().get(videoId);
        if (entry == null) {
            entry = published.stream()
                    .filter(candidate -> candidate.video().id().equals(videoId))
                    .findFirst()
                    .orElse(null);
        }
        return Optional.ofNullable(entry)
                .filter(found -> !found.video().createTime().isAfter(at));
    }

    /** Any video this creator ever had, taken-down posts and videos not yet posted included. */
    Optional<Entry> anyTime(String videoId) {
        return Optional.ofNullable(described().byId().get(videoId))
                .or(() -> Optional.ofNullable(everPublished.get(videoId)));
    }

    /** The profile at an instant, from the slots alone (no texts needed). */
    ProfileCounts profile(Instant at) {
        long views = 0;
        long likes = 0;
        int count = postedBy(at);
        for (Slot slot : slots.subList(0, count)) {
            VideoCounts counts = slot.countsAt(at);
            views += counts.viewCount();
            likes += counts.likeCount();
        }
        for (Entry entry : published) {
            if (!entry.video().createTime().isAfter(at)) {
                VideoCounts counts = entry.countsAt(at);
                views += counts.viewCount();
                likes += counts.likeCount();
                count++;
            }
        }
        return new ProfileCounts(followers(views), creator.followingCount(), likes, count, views);
    }

    /** The profile and every public video's counts at one instant. */
    Snapshot snapshot(Instant at) {
        List<Entry> visible = newestFirst(at);
        List<VideoCounts> counts = new ArrayList<>(visible.size());
        long views = 0;
        long likes = 0;
        for (Entry entry : visible) {
            VideoCounts videoCounts = entry.countsAt(at);
            counts.add(videoCounts);
            views += videoCounts.viewCount();
            likes += videoCounts.likeCount();
        }
        ProfileCounts profile =
                new ProfileCounts(followers(views), creator.followingCount(), likes, visible.size(), views);
        return new Snapshot(profile, visible, counts);
    }

    /**
     * Adds a published post, its {@code create_time} moved back to a free second if another video holds that one
     * (the list cursor cannot tell two videos of one second apart).
     */
    synchronized Video publish(PublishedPost post) {
        long second = post.publishedAt().getEpochSecond();
        while (holds(second)) {
            second--;
        }
        Entry entry = CatalogueGenerator.published(creator, plan, reach, post, Instant.ofEpochSecond(second));
        published.add(entry);
        everPublished.put(entry.video().id(), entry);
        return entry.video();
    }

    boolean takeDown(long postId) {
        String id = Long.toString(postId);
        return published.removeIf(entry -> entry.video().id().equals(id));
    }

    // Followers grow with the views the videos gathered: the reference count at the reference instant.
    private long followers(long views) {
        if (referenceViews == 0) {
            return views / 100;
        }
        try {
            return Math.multiplyExact(creator.followersAtReference(), views) / referenceViews;
        } catch (ArithmeticException e) {
            return (long) ((double) creator.followersAtReference() * views / referenceViews);
        }
    }

    /** How many generated videos are posted by {@code at}. */
    private int postedBy(Instant at) {
        int index = Arrays.binarySearch(seconds, at.getEpochSecond());
        return index >= 0 ? index + 1 : -index - 1;
    }

    private Described described() {
        Described current = described;
        if (current == null) {
            synchronized (this) {
                current = described;
                if (current == null) {
                    List<Entry> entries = CatalogueGenerator.describe(creator, slots);
                    Map<String, Entry> byId = new HashMap<>();
                    entries.forEach(entry -> byId.put(entry.video().id(), entry));
                    current = new Described(List.copyOf(entries), Map.copyOf(byId));
                    described = current;
                }
            }
        }
        return current;
    }

    private boolean holds(long second) {
        return Arrays.binarySearch(seconds, second) >= 0
                || published.stream().anyMatch(entry -> entry.createSecond() == second);
    }
}
