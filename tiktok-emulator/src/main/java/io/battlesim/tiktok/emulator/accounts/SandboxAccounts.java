package io.battlesim.tiktok.emulator.accounts;

import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.http.ErrorStyle;
import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.Routes;
import io.battlesim.tiktok.emulator.videos.ProfileCounts;
import io.battlesim.tiktok.emulator.videos.VideoCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The emulator's sandbox creator accounts and their videos, generated deterministically from a seed; immutable
 * except for the posts Content Posting adds to the {@link #videos() catalogue}.
 */
public final class SandboxAccounts {

    private static final String OPEN_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final long seed;
    private final List<SandboxAccount> accounts;
    private final VideoCatalogue videos;

    /**
     * Generates the accounts and their video catalogues.
     *
     * @param seed the emulator seed; the same seed always gives the same ids, statistics and videos
     */
    public SandboxAccounts(long seed) {
        this.seed = seed;
        RandomGenerator random = new SplittableRandom(seed);
        List<SandboxAccount> drafts = new ArrayList<>();
        for (Persona persona : Persona.ALL) {
            drafts.add(generate(persona, random));
        }
        this.videos = new VideoCatalogue(seed, drafts);
        this.accounts = drafts.stream().map(this::atReferenceInstant).toList();
    }

    /**
     * The creators' videos, whose counts also make up their {@code user.info.stats} at any instant.
     *
     * @return the catalogue, never null
     */
    public VideoCatalogue videos() {
        return videos;
    }

    /**
     * All accounts, in a fixed order.
     *
     * @return the accounts, never null
     */
    public List<SandboxAccount> all() {
        return accounts;
    }

    /**
     * Finds an account by username (case-insensitive, an {@code @} prefix allowed) or by open_id.
     *
     * @param usernameOrOpenId the handle or the open_id, must not be null
     * @return the account, or empty
     */
    public Optional<SandboxAccount> find(String usernameOrOpenId) {
        Objects.requireNonNull(usernameOrOpenId, "usernameOrOpenId must not be null");
        String handle = usernameOrOpenId.startsWith("@") ? usernameOrOpenId.substring(1) : usernameOrOpenId;
        return accounts.stream()
                .filter(account -> account.username().equalsIgnoreCase(handle)
                        || account.openId().equals(usernameOrOpenId))
                .findFirst();
    }

    /**
     * The absolute URL of an account's avatar.
     *
     * @param baseUrl the emulator's public base URL, without trailing slash
     * @param account the account
     * @param size the edge in pixels
     * @return e.g. {@code http://127.0.0.1:4567/avatars/ava.sparks.svg?size=100}, never null
     */
    public static String avatarUrl(String baseUrl, SandboxAccount account, int size) {
        return avatarUrl(baseUrl, account.username(), size);
    }

    /**
     * The absolute URL of the avatar of the account with a given username.
     *
     * @param baseUrl the emulator's public base URL, without trailing slash
     * @param username the account's username
     * @param size the edge in pixels
     * @return the URL, never null
     */
    public static String avatarUrl(String baseUrl, String username, int size) {
        return baseUrl + "/avatars/" + FormData.encode(username) + ".svg?size=" + size;
    }

    /**
     * Adds the avatar route {@code GET /avatars/{username}.svg} and the video catalogue's routes (covers, share
     * pages, the embed player and {@code GET /display/history}).
     *
     * @param routes the route table
     */
    public void registerRoutes(Routes routes) {
        routes.get("/avatars/*", ErrorStyle.INTERNAL, new AvatarEndpoint(this, new AvatarSvg(seed)));
        videos.registerRoutes(routes);
    }

    // The record's likes and videos are the catalogue's at the reference instant; followers are drawn here.
    private SandboxAccount atReferenceInstant(SandboxAccount draft) {
        ProfileCounts profile = videos.profileAt(draft.openId(), VideoCatalogue.REFERENCE_INSTANT);
        return new SandboxAccount(
                draft.openId(),
                draft.unionId(),
                draft.username(),
                draft.displayName(),
                draft.bioDescription(),
                draft.verified(),
                profile.followerCount(),
                draft.followingCount(),
                profile.likesCount(),
                profile.videoCount());
    }

    private static SandboxAccount generate(Persona persona, RandomGenerator random) {
        String openId = "-000" + randomText(random, 32);
        String unionId = new UUID(random.nextLong(), random.nextLong()).toString();
        long followers = logUniform(random, persona.tier().minFollowers, persona.tier().maxFollowers);
        long following = random.nextLong(40, 1_500);
        // Drawn and dropped so that every later account keeps the ids and follower counts it had before the video
        // catalogue existed (LIVE rooms are sized from them).
        random.nextLong(25, 900);
        random.nextLong(4, 30);
        random.nextLong(0, 1_000);
        return new SandboxAccount(
                openId,
                unionId,
                persona.username().toLowerCase(Locale.ROOT),
                persona.displayName(),
                persona.bio(),
                persona.tier() == Persona.Tier.BIG,
                followers,
                following,
                0,
                0);
    }

    private static long logUniform(RandomGenerator random, long min, long max) {
        double exponent = random.nextDouble(Math.log(min), Math.log(max));
        return Math.round(Math.exp(exponent));
    }

    private static String randomText(RandomGenerator random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(OPEN_ID_ALPHABET.charAt(random.nextInt(OPEN_ID_ALPHABET.length())));
        }
        return text.toString();
    }
}
