package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.RegisteredApps;
import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.faults.Faults;
import io.battlesim.tiktok.emulator.faults.PublishFailure;
import io.battlesim.tiktok.emulator.http.ErrorStyle;
import io.battlesim.tiktok.emulator.http.Routes;
import io.battlesim.tiktok.emulator.oauth.IssuedTokens;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;
import io.battlesim.tiktok.emulator.webhooks.Webhooks;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The emulator's Content Posting API and its controls: verified domains for PULL_FROM_URL, the audit flag, which
 * accounts are private, how the chunk rules read "MB", the status timetable, quotas, fault mode for {@code
 * fail_reason}s, and what was posted. Thread-safe.
 */
public final class Publishing implements AutoCloseable {

    private static final int SHOWN = 50;

    private final RegisteredApps apps;
    private final SandboxAccounts accounts;
    private final Faults faults;
    private final PublishTasks tasks = new PublishTasks();
    private final UrlOwnership ownership = new UrlOwnership();
    private final Quotas quotas;
    private final PublishFlow flow;
    private final PublishAuth auth;
    private final CreatorProfiles profiles;
    private volatile MegabyteReading megabyteReading = MegabyteReading.BINARY;

    /**
     * Wires the API.
     *
     * @param apps the registered apps
     * @param accounts the sandbox creators, whose video lists gain the posts that become public
     * @param tokens the issued tokens
     * @param rateLimits the per-token limits
     * @param faults fault mode
     * @param webhooks where {@code post.publish.*} events go
     * @param clock the emulator clock the timetable runs on
     * @param timetable the initial timetable
     * @param limits the initial quotas
     */
    public Publishing(
            RegisteredApps apps,
            SandboxAccounts accounts,
            IssuedTokens tokens,
            RateLimits rateLimits,
            Faults faults,
            Webhooks webhooks,
            Clock clock,
            PublishTimetable timetable,
            PublishLimits limits) {
        this.apps = apps;
        this.accounts = accounts;
        this.faults = faults;
        this.quotas = new Quotas(tasks, limits);
        this.flow = new PublishFlow(
                tasks, ownership, faults, webhooks, clock, timetable, new VideoListing(accounts.videos()));
        this.auth = new PublishAuth(tokens, accounts, apps, rateLimits);
        this.profiles = new CreatorProfiles(accounts);
    }

    /**
     * Adds the Content Posting routes, the upload URL and the verification form.
     *
     * @param routes the route table
     */
    public void registerRoutes(Routes routes) {
        PostRules rules = new PostRules(profiles);
        PublishIdEndpoints byId = new PublishIdEndpoints(auth, tasks, flow);
        routes.post(CreatorInfoEndpoint.PATH, ErrorStyle.API, new CreatorInfoEndpoint(auth, profiles, quotas));
        routes.post(
                VideoInitEndpoint.DIRECT_PATH,
                ErrorStyle.API,
                new VideoInitEndpoint(true, auth, rules, quotas, flow, this::megabyteReading));
        routes.post(
                VideoInitEndpoint.INBOX_PATH,
                ErrorStyle.API,
                new VideoInitEndpoint(false, auth, rules, quotas, flow, this::megabyteReading));
        routes.post(PhotoInitEndpoint.PATH, ErrorStyle.API, new PhotoInitEndpoint(auth, rules, quotas, flow));
        routes.post(PublishIdEndpoints.STATUS_PATH, ErrorStyle.API, byId.status());
        routes.post(PublishIdEndpoints.CANCEL_PATH, ErrorStyle.API, byId.cancel());
        routes.put(UploadEndpoint.PATH, ErrorStyle.API, new UploadEndpoint(tasks, flow));
        routes.post(VerifyForm.PATH, ErrorStyle.INTERNAL, new VerifyForm(this));
        routes.post(AccountPrivacyForm.PATH, ErrorStyle.INTERNAL, new AccountPrivacyForm(this));
    }

    /**
     * Verifies a domain for PULL_FROM_URL, covering all its paths and subdomains.
     *
     * @param domain a host name such as {@code static.example.com} or {@code localhost}, must not be null
     * @return the normalised domain, never null
     * @throws IllegalArgumentException when it is not a host name
     */
    public String verifyDomain(String domain) {
        return ownership.verifyDomain(domain);
    }

    /**
     * Verifies a URL prefix for PULL_FROM_URL, covering URLs that start with it exactly.
     *
     * @param prefix {@code https://host/path/} (http only on localhost or 127.0.0.1), ending in {@code /}
     * @return the normalised prefix, never null
     * @throws IllegalArgumentException when it is not such a prefix
     */
    public String verifyUrlPrefix(String prefix) {
        return ownership.verifyUrlPrefix(prefix);
    }

    /**
     * The verified domains and URL prefixes.
     *
     * @return domains then prefixes, never null
     */
    public List<String> verifiedProperties() {
        return ownership.all();
    }

    /**
     * Switches a creator's account to private or public, as in TikTok's "Settings and privacy → Privacy → Private
     * account". An unaudited app may post only to private accounts; a private account offers {@code
     * FOLLOWER_OF_CREATOR} instead of {@code PUBLIC_TO_EVERYONE} and has duets and stitches off. All sandbox
     * accounts start private except kai.games and luna.sings.
     *
     * @param username the sandbox username, must not be null
     * @param privateAccount the new setting
     * @throws NoSuchElementException for an unknown username
     */
    public void privateAccount(String username, boolean privateAccount) {
        profiles.setPrivate(requireSandboxAccount(username), privateAccount);
    }

    /**
     * Whether a creator's account is private.
     *
     * @param username the sandbox username, must not be null
     * @return true when private
     * @throws NoSuchElementException for an unknown username
     */
    public boolean privateAccount(String username) {
        return profiles.isPrivate(requireSandboxAccount(username));
    }

    /** Every sandbox username, in the account list's order, with whether the account is private. */
    Map<String, Boolean> accountPrivacy() {
        Map<String, Boolean> privacy = new LinkedHashMap<>();
        accounts.all().forEach(account -> privacy.put(account.username(), profiles.isPrivate(account)));
        return privacy;
    }

    /**
     * Sets how the FILE_UPLOAD chunk rules read TikTok's "MB"; plans declared at init from now on are checked with it.
     *
     * @param reading {@link MegabyteReading#BINARY} (the default) or {@link MegabyteReading#DECIMAL}, must not be
     *     null
     */
    public void megabyteReading(MegabyteReading reading) {
        this.megabyteReading = Objects.requireNonNull(reading, "reading must not be null");
    }

    /**
     * How the chunk rules read "MB".
     *
     * @return the reading, never null
     */
    public MegabyteReading megabyteReading() {
        return megabyteReading;
    }

    /**
     * Marks an app audited (posts may be public) or unaudited (SELF_ONLY only, 5 active users a day).
     *
     * @param clientKey a registered app's client key, must not be null
     * @param audited the new flag
     * @throws NoSuchElementException when no app has that key
     */
    public void audited(String clientKey, boolean audited) {
        RegisteredApp app = apps.find(clientKey)
                .orElseThrow(() -> new NoSuchElementException("no app is registered as " + clientKey));
        apps.register(new RegisteredApp(
                app.clientKey(),
                app.clientSecret(),
                app.name(),
                app.redirectUris(),
                app.scopes(),
                app.pkceMode(),
                app.requirePkce(),
                audited));
    }

    /**
     * Replaces the status timetable; tasks already under way follow the new one from now on.
     *
     * @param timetable e.g. {@link PublishTimetable#IMMEDIATE} in tests, must not be null
     */
    public void timetable(PublishTimetable timetable) {
        flow.timetable(Objects.requireNonNull(timetable, "timetable must not be null"));
    }

    /**
     * The status timetable.
     *
     * @return the timetable, never null
     */
    public PublishTimetable timetable() {
        return flow.timetable();
    }

    /**
     * Replaces the quotas.
     *
     * @param limits the limits, must not be null
     */
    public void limits(PublishLimits limits) {
        quotas.limits(Objects.requireNonNull(limits, "limits must not be null"));
    }

    /**
     * Moves every task as far as the emulator clock allows now, sending the webhooks; call after moving a {@code
     * MutableClock} (the background step runs every 200 ms anyway).
     */
    public void tick() {
        flow.advance();
    }

    /**
     * Makes a share of tasks end {@code FAILED} with a documented {@code fail_reason} when processing ends.
     *
     * @param failure the setting, {@link PublishFailure#NONE} to switch off; must not be null
     */
    public void failProcessing(PublishFailure failure) {
        faults.publishFailure(failure);
    }

    /**
     * Bans (or unbans) a creator from posting: {@code spam_risk_user_banned_from_posting}.
     *
     * @param username the sandbox username, must not be null
     * @param banned the new state
     */
    public void banFromPosting(String username, boolean banned) {
        quotas.ban(requireAccount(username), banned);
    }

    /**
     * The simulated creator posts an inbox draft now ({@code SEND_TO_USER_INBOX} to {@code PUBLISH_COMPLETE}).
     *
     * @param publishId the task, must not be null
     * @throws NoSuchElementException for an unknown id
     * @throws IllegalStateException when the task is not in the inbox
     */
    public void postFromInbox(String publishId) {
        PublishTask task = requireTask(publishId);
        flow.emit(task, List.of(task.postFromInbox(flow.now())));
        flow.advance();
    }

    /**
     * Takes a public post down: {@code post.publish.no_longer_publicaly_available} (TikTok's spelling).
     *
     * @param postId an id from {@code publicaly_available_post_id}
     * @return true when a post with that id existed
     */
    public boolean takeDown(long postId) {
        for (PublishTask task : tasks.all()) {
            Optional<PublishEvent> event = task.takeDown(postId);
            if (event.isPresent()) {
                flow.emit(task, List.of(event.get()));
                return true;
            }
        }
        return false;
    }

    /**
     * Fails the unfinished tasks of a user and app with {@code auth_removed}, as when the user revokes access.
     *
     * @param clientKey the app, must not be null
     * @param openId the user, must not be null
     */
    public void authorizationRemoved(String clientKey, String openId) {
        for (PublishTask task : tasks.all()) {
            if (task.origin().clientKey().equals(clientKey)
                    && task.origin().openId().equals(openId)) {
                task.failIfRunning("auth_removed").ifPresent(event -> flow.emit(task, List.of(event)));
            }
        }
    }

    /**
     * One task.
     *
     * @param publishId the {@code publish_id}, must not be null
     * @return the task now, or empty
     */
    public Optional<PublishSnapshot> task(String publishId) {
        return tasks.find(Objects.requireNonNull(publishId, "publishId must not be null"))
                .map(PublishTask::snapshot);
    }

    /**
     * The most recent tasks.
     *
     * @return up to 50 tasks, newest first, never null
     */
    public List<PublishSnapshot> recentTasks() {
        return tasks.recent(SHOWN).stream().map(PublishTask::snapshot).toList();
    }

    /**
     * Direct posts a creator can still make today.
     *
     * @param username the sandbox username, must not be null
     * @return posts left under the daily cap
     */
    public long postsLeftToday(String username) {
        return quotas.postsLeftToday(requireAccount(username), flow.now());
    }

    /** Stops the timetable thread and downloads in progress. */
    @Override
    public void close() {
        flow.close();
    }

    private String requireAccount(String username) {
        return requireSandboxAccount(username).openId();
    }

    private SandboxAccount requireSandboxAccount(String username) {
        return accounts.find(Objects.requireNonNull(username, "username must not be null"))
                .orElseThrow(() -> new NoSuchElementException("no sandbox account " + username));
    }

    private PublishTask requireTask(String publishId) {
        return tasks.find(Objects.requireNonNull(publishId, "publishId must not be null"))
                .orElseThrow(() -> new NoSuchElementException("no publish task " + publishId));
    }
}
