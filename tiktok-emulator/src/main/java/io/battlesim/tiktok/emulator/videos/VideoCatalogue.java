package io.battlesim.tiktok.emulator.videos;

import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.http.ErrorStyle;
import io.battlesim.tiktok.emulator.http.Routes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Every sandbox creator's public videos and how their counts grow on the emulator clock: what {@code
 * /v2/video/list/}, {@code /v2/video/query/} and {@code user.info.stats} answer, and what the history endpoint
 * replays. Deterministic for the emulator seed: the same seed gives the same videos, and the counts are a pure
 * function of a video and an instant, so any past instant can be asked for. Thread-safe.
 */
public final class VideoCatalogue {

    /**
     * The instant the {@link SandboxAccount} records describe: an account's {@code followerCount} is its follower
     * count then, and its likes and video counts are its catalogue's then.
     */
    public static final Instant REFERENCE_INSTANT = Instant.parse("2026-06-01T00:00:00Z");

    /** The catalogues run until this day (exclusive): later, creators post only what Content Posting adds. */
    public static final LocalDate LAST_DAY_EXCLUSIVE = CatalogueGenerator.HORIZON;

    private final Map<String, CreatorVideos> creators = new LinkedHashMap<>();
    private final VideoUrls urls;

    /**
     * Generates the catalogues.
     *
     * @param seed the emulator seed
     * @param accounts the sandbox accounts; their open_id seeds each catalogue and their follower count sets its
     *     reach
     */
    public VideoCatalogue(long seed, List<SandboxAccount> accounts) {
        for (SandboxAccount account : accounts) {
            creators.put(account.openId(), CatalogueGenerator.generate(Creator.of(account), seed));
        }
        this.urls = new VideoUrls(seed);
    }

    /**
     * A creator's public videos at an instant, newest first, including the few the list endpoint filters out.
     *
     * @param openIdOrUsername the creator, must not be null
     * @param at the instant, must not be null
     * @return the videos, never null
     * @throws NoSuchElementException for an unknown creator
     */
    public List<Video> videos(String openIdOrUsername, Instant at) {
        Objects.requireNonNull(at, "at must not be null");
        return creator(openIdOrUsername).newestFirst(at).stream()
                .map(Entry::video)
                .toList();
    }

    /**
     * One of a creator's videos, if it was posted by the instant and is still public.
     *
     * @param openId the creator's open_id, must not be null
     * @param videoId the video id, must not be null
     * @param at the instant, must not be null
     * @return the video, or empty (also for another creator's video)
     */
    public Optional<Video> video(String openId, String videoId, Instant at) {
        Objects.requireNonNull(videoId, "videoId must not be null");
        Objects.requireNonNull(at, "at must not be null");
        return creator(openId).find(videoId, at).map(Entry::video);
    }

    /**
     * A video's counts at an instant: zero before it was posted, then growing, never decreasing.
     *
     * @param video a video of this catalogue, must not be null
     * @param at the instant, must not be null
     * @return the counts, never null
     * @throws NoSuchElementException when the video is not from this catalogue
     */
    public VideoCounts countsAt(Video video, Instant at) {
        Objects.requireNonNull(video, "video must not be null");
        Objects.requireNonNull(at, "at must not be null");
        return creator(video.openId())
                .anyTime(video.id())
                .orElseThrow(() -> new NoSuchElementException("no video " + video.id() + " in the catalogue"))
                .countsAt(at);
    }

    /**
     * A creator's {@code user.info.stats} at an instant, consistent with {@link #videos} and {@link #countsAt}.
     *
     * @param openIdOrUsername the creator, must not be null
     * @param at the instant, must not be null
     * @return the counts, never null
     * @throws NoSuchElementException for an unknown creator
     */
    public ProfileCounts profileAt(String openIdOrUsername, Instant at) {
        Objects.requireNonNull(at, "at must not be null");
        return creator(openIdOrUsername).profile(at);
    }

    /**
     * One page of {@code /v2/video/list/}: the {@code maxCount} newest videos posted strictly before the cursor;
     * the filtered ones among them are left out, so a page can be short while more follow.
     *
     * @param openId the creator's open_id, must not be null
     * @param now the emulator clock; later videos do not exist yet
     * @param cursorMillis a UTC timestamp in milliseconds
     * @param maxCount 1 to 20
     * @return the page, never null
     */
    public VideoPage page(String openId, Instant now, long cursorMillis, int maxCount) {
        List<Entry> older = creator(openId).newestFirst(now).stream()
                .filter(entry -> entry.video().createTime().toEpochMilli() < cursorMillis)
                .toList();
        List<Entry> covered = older.subList(0, Math.min(maxCount, older.size()));
        List<Video> listed = new ArrayList<>();
        covered.stream().map(Entry::video).filter(Video::listed).forEach(listed::add);
        long cursor = covered.isEmpty()
                ? cursorMillis
                : covered.getLast().video().createTime().toEpochMilli();
        return new VideoPage(listed, cursor, older.size() > covered.size());
    }

    /**
     * Adds a post that Content Posting made public to its creator's videos.
     *
     * @param post the post, must not be null
     * @return the new video, never null
     * @throws NoSuchElementException for an unknown creator
     */
    public Video published(PublishedPost post) {
        Objects.requireNonNull(post, "post must not be null");
        return creator(post.openId()).publish(post);
    }

    /**
     * Removes a published post that is no longer publicly available.
     *
     * @param openId the creator, must not be null
     * @param postId the post id
     * @return true when the creator had that post
     */
    public boolean takenDown(String openId, long postId) {
        return creator(openId).takeDown(postId);
    }

    /**
     * The links of the Video Object.
     *
     * @return the link builder, never null
     */
    public VideoUrls urls() {
        return urls;
    }

    /**
     * Adds the emulator's own video routes: {@code GET /covers/{id}.svg}, the share page {@code GET
     * /@{username}/video/{id}}, the embed player {@code GET /player/v1/{id}} and {@code GET /display/history}.
     *
     * @param routes the route table
     */
    public void registerRoutes(Routes routes) {
        VideoPages pages = new VideoPages(this);
        routes.get(VideoUrls.COVERS + "*", ErrorStyle.INTERNAL, pages::cover);
        routes.get("/@*", ErrorStyle.INTERNAL, pages::sharePage);
        routes.get(VideoUrls.PLAYER + "*", ErrorStyle.INTERNAL, pages::player);
        routes.get(HistoryEndpoint.PATH, ErrorStyle.INTERNAL, new HistoryEndpoint(this));
    }

    Optional<CreatorVideos> findCreator(String openIdOrUsername) {
        CreatorVideos byOpenId = creators.get(openIdOrUsername);
        if (byOpenId != null) {
            return Optional.of(byOpenId);
        }
        String handle = (openIdOrUsername.startsWith("@") ? openIdOrUsername.substring(1) : openIdOrUsername)
                .toLowerCase(Locale.ROOT);
        return creators.values().stream()
                .filter(videos -> videos.creator().username().equals(handle))
                .findFirst();
    }

    Collection<CreatorVideos> creators() {
        return creators.values();
    }

    private CreatorVideos creator(String openIdOrUsername) {
        Objects.requireNonNull(openIdOrUsername, "openIdOrUsername must not be null");
        return findCreator(openIdOrUsername)
                .orElseThrow(() -> new NoSuchElementException("no sandbox creator " + openIdOrUsername));
    }
}
