package io.battlesim.app.publish.job;

import java.net.URI;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code publish_job} table. State changes are conditional on the job not being over, so a late poll and a
 * webhook racing for the same job cannot undo each other. Which node advances a job is a lease in the job's row
 * ({@code runner_node}, {@code lease_until}), taken with one conditional UPDATE (see {@link JobLeases}).
 */
@Repository
public class PublishJobRepository {

    /** The length of the {@code post_ids} column (V11). */
    static final int POST_IDS_LENGTH = 1024;

    private static final String COLUMNS = "id, user_id, open_id, idempotency_key, media_kind, battle_id, card_token,"
            + " video_path, video_size, title, description, privacy_level, disable_comment, disable_duet,"
            + " disable_stitch, brand_organic, brand_content, state, publish_id, upload_url, upload_url_expires_at,"
            + " uploaded_bytes, post_ids, error, retry_at, init_started_at, created_at, updated_at";
    private static final String NOT_OVER = " AND state NOT IN ('COMPLETED', 'FAILED')";
    /** No node holds the job ({@code :now} bound). */
    private static final String FREE = "(lease_until IS NULL OR lease_until <= :now)";

    private final JdbcClient jdbc;

    public PublishJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new job; false when the user already has a job with this idempotency key. */
    public boolean insert(PublishJob job) {
        try {
            jdbc.sql("INSERT INTO publish_job (" + COLUMNS + ") VALUES (:id, :userId, :openId, :key, :kind, :battleId,"
                            + " :cardToken, :videoPath, :videoSize, :title, :description, :privacy, :disableComment,"
                            + " :disableDuet, :disableStitch, :brandOrganic, :brandContent, :state, NULL, NULL, NULL,"
                            + " 0, NULL, NULL, NULL, NULL, :createdAt, :createdAt)")
                    .params(insertParameters(job))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Optional<PublishJob> find(String id) {
        return one("WHERE id = :value", id);
    }

    public Optional<PublishJob> findByKey(long userId, String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publish_job WHERE user_id = :userId AND idempotency_key = :key")
                .param("userId", userId)
                .param("key", idempotencyKey)
                .query(PublishJobRepository::map)
                .optional();
    }

    public Optional<PublishJob> findByPublishId(String publishId) {
        return one("WHERE publish_id = :value", publishId);
    }

    /** The user's jobs, newest first. */
    public List<PublishJob> forUser(long userId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publish_job WHERE user_id = :userId"
                        + " ORDER BY created_at DESC, id FETCH FIRST " + Math.clamp(limit, 1, 500) + " ROWS ONLY")
                .param("userId", userId)
                .query(PublishJobRepository::map)
                .list();
    }

    /** The stored video files of the user's jobs that still have one. */
    public List<Path> videoPathsOf(long userId) {
        return jdbc.sql("SELECT video_path FROM publish_job WHERE user_id = :userId AND video_path IS NOT NULL")
                .param("userId", userId)
                .query((rs, row) -> Path.of(rs.getString("video_path")))
                .list();
    }

    /** Jobs that are not over, oldest first (resumed at start-up). */
    public List<PublishJob> unfinished() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publish_job WHERE state IN ('PENDING', 'UPLOADING', 'PROCESSING')"
                        + " ORDER BY created_at, id")
                .query(PublishJobRepository::map)
                .list();
    }

    /**
     * Unfinished jobs no node holds: never claimed, released, or whose lease ran out before {@code now} (their node
     * stopped or died); oldest first.
     */
    public List<PublishJob> claimable(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publish_job WHERE state IN ('PENDING', 'UPLOADING', 'PROCESSING')"
                        + " AND " + FREE + " ORDER BY created_at, id")
                .param("now", utc(now))
                .query(PublishJobRepository::map)
                .list();
    }

    /**
     * Gives an unfinished job to {@code node} until {@code until}, unless a node (this one too) holds an unexpired
     * lease on it: one conditional UPDATE, so of two nodes claiming at once exactly one gets it.
     *
     * @return whether {@code node} holds the job now
     */
    public boolean claim(String id, String node, Instant now, Instant until) {
        return jdbc.sql("UPDATE publish_job SET runner_node = :node, lease_until = :until WHERE id = :id AND " + FREE
                                + NOT_OVER)
                        .param("id", id)
                        .param("node", node)
                        .param("now", utc(now))
                        .param("until", utc(until))
                        .update()
                > 0;
    }

    /** Extends the leases {@code node} holds on these jobs to {@code until}; jobs another node took are left alone. */
    public void renew(Collection<String> ids, String node, Instant until) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE publish_job SET lease_until = :until WHERE runner_node = :node AND id IN (:ids)")
                .param("ids", ids)
                .param("node", node)
                .param("until", utc(until))
                .update();
    }

    /** Whether {@code node} still holds the job (no other node took it over after its lease ran out). */
    public boolean holds(String id, String node) {
        return jdbc.sql("SELECT COUNT(*) FROM publish_job WHERE id = :id AND runner_node = :node")
                        .param("id", id)
                        .param("node", node)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Gives up {@code node}'s lease on the job, so another node may take it at once. */
    public void release(String id, String node) {
        jdbc.sql("UPDATE publish_job SET runner_node = NULL, lease_until = NULL WHERE id = :id AND runner_node = :node")
                .param("id", id)
                .param("node", node)
                .update();
    }

    /** Drops every lease (a single node before it starts any job: the leases are its earlier runs'). */
    public int releaseAll() {
        return jdbc.sql("UPDATE publish_job SET runner_node = NULL, lease_until = NULL WHERE runner_node IS NOT NULL")
                .update();
    }

    /** Records TikTok's answer to init: the publish id (and upload URL for FILE_UPLOAD) and the next state. */
    public boolean initialised(
            String id,
            String publishId,
            @Nullable URI uploadUrl,
            @Nullable Instant urlExpiresAt,
            JobState next,
            Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("publishId", publishId);
        params.put("uploadUrl", uploadUrl == null ? null : uploadUrl.toString());
        params.put("expires", urlExpiresAt == null ? null : utc(urlExpiresAt));
        params.put("state", next.name());
        params.put("now", utc(now));
        return jdbc.sql("UPDATE publish_job SET publish_id = :publishId, upload_url = :uploadUrl,"
                                + " upload_url_expires_at = :expires, uploaded_bytes = 0, state = :state,"
                                + " error = NULL, retry_at = NULL, updated_at = :now WHERE id = :id" + NOT_OVER)
                        .params(params)
                        .update()
                > 0;
    }

    /**
     * Notes that init is about to be sent by {@code node} (see {@link PublishJob#initStartedAt()}), if the node still
     * holds the job: a node that lost its lease never sends init (the node that took the job over may be sending it).
     *
     * @return whether init may be sent
     */
    public boolean initStarting(String id, String node, Instant now) {
        return jdbc.sql("UPDATE publish_job SET init_started_at = :now, updated_at = :now WHERE id = :id"
                                + " AND runner_node = :node" + NOT_OVER)
                        .param("now", utc(now))
                        .param("id", id)
                        .param("node", node)
                        .update()
                > 0;
    }

    /** As {@link #initStarting(String, String, Instant)} for a job no node holds (tests set up a lost init with it). */
    public void initStarting(String id, Instant now) {
        jdbc.sql("UPDATE publish_job SET init_started_at = :now, updated_at = :now WHERE id = :id" + NOT_OVER)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    /**
     * Notes that TikTok answered init (or was never reached), so the job's outcome is known: only a crash during
     * the call leaves {@code init_started_at} set on a job without publish id.
     */
    public void initAnswered(String id, Instant now) {
        jdbc.sql("UPDATE publish_job SET init_started_at = NULL, updated_at = :now WHERE id = :id" + NOT_OVER)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    public void uploaded(String id, long bytes, Instant now) {
        jdbc.sql("UPDATE publish_job SET uploaded_bytes = :bytes, updated_at = :now WHERE id = :id" + NOT_OVER)
                .param("bytes", bytes)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    public boolean moveTo(String id, JobState state, Instant now) {
        return jdbc.sql("UPDATE publish_job SET state = :state, updated_at = :now WHERE id = :id" + NOT_OVER)
                        .param("state", state.name())
                        .param("now", utc(now))
                        .param("id", id)
                        .update()
                > 0;
    }

    /** Marks the job posted, keeping post ids already known. */
    public boolean complete(String id, List<String> postIds, Instant now) {
        return jdbc.sql("UPDATE publish_job SET state = 'COMPLETED', post_ids = COALESCE(:postIds, post_ids),"
                                + " error = NULL, updated_at = :now WHERE id = :id" + NOT_OVER)
                        .param("postIds", postIds.isEmpty() ? null : String.join(",", postIds))
                        .param("now", utc(now))
                        .param("id", id)
                        .update()
                > 0;
    }

    /**
     * Adds a public post id once (TikTok reports them after moderation, possibly after completion); one that no longer
     * fits the column (a job has a handful) is left out. The list is replaced only if nobody changed it since it was
     * read (a webhook on another node, the job's own poll), else read again, so no id is lost to a concurrent add.
     */
    public void addPostId(String id, String postId, Instant now) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<PublishJob> job = find(id).filter(found -> !found.postIds().contains(postId));
            if (job.isEmpty()) {
                return;
            }
            List<String> ids = new java.util.ArrayList<>(job.get().postIds());
            ids.add(postId);
            String joined = String.join(",", ids);
            if (joined.length() > POST_IDS_LENGTH
                    || replacePostIds(id, job.get().postIds(), joined, now)) {
                return;
            }
        }
        throw new IllegalStateException(
                "the post ids of publish job " + id + " keep changing; " + postId + " not added");
    }

    /** Sets the post ids to {@code joined} if they are still {@code before}. */
    private boolean replacePostIds(String id, List<String> before, String joined, Instant now) {
        String unchanged = before.isEmpty() ? "(post_ids IS NULL OR post_ids = '')" : "post_ids = :before";
        return jdbc.sql("UPDATE publish_job SET post_ids = :postIds, updated_at = :now WHERE id = :id AND " + unchanged)
                        .param("postIds", joined)
                        .param("before", String.join(",", before))
                        .param("now", utc(now))
                        .param("id", id)
                        .update()
                > 0;
    }

    public boolean fail(String id, String error, @Nullable Instant retryAt, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("error", error.length() > 1000 ? error.substring(0, 1000) : error);
        params.put("retryAt", retryAt == null ? null : utc(retryAt));
        params.put("now", utc(now));
        return jdbc.sql("UPDATE publish_job SET state = 'FAILED', error = :error, retry_at = :retryAt,"
                                + " updated_at = :now WHERE id = :id" + NOT_OVER)
                        .params(params)
                        .update()
                > 0;
    }

    /** Posts of this creator that reached TikTok (got a publish id) since {@code since}, oldest first. */
    public List<Instant> postedSince(String openId, Instant since) {
        return jdbc.sql("SELECT created_at FROM publish_job WHERE open_id = :openId AND publish_id IS NOT NULL"
                        + " AND created_at >= :since ORDER BY created_at")
                .param("openId", openId)
                .param("since", utc(since))
                .query((rs, row) -> instant(rs, "created_at"))
                .list();
    }

    private Optional<PublishJob> one(String where, String value) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publish_job " + where)
                .param("value", value)
                .query(PublishJobRepository::map)
                .optional();
    }

    private static Map<String, Object> insertParameters(PublishJob job) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", job.id());
        params.put("userId", job.userId());
        params.put("openId", job.openId());
        params.put("key", job.idempotencyKey());
        params.put("kind", job.kind().name());
        params.put("battleId", job.battleId());
        params.put("cardToken", job.cardToken());
        params.put("videoPath", job.videoPath() == null ? null : job.videoPath().toString());
        params.put("videoSize", job.videoSize());
        params.put("title", job.choices().title());
        params.put("description", job.choices().description());
        params.put("privacy", job.choices().privacyLevel());
        params.put("disableComment", !job.choices().allowComment());
        params.put("disableDuet", !job.choices().allowDuet());
        params.put("disableStitch", !job.choices().allowStitch());
        params.put("brandOrganic", job.choices().yourBrand());
        params.put("brandContent", job.choices().brandedContent());
        params.put("state", job.state().name());
        params.put("createdAt", utc(job.createdAt()));
        return params;
    }

    private static PublishJob map(ResultSet rs, int row) throws SQLException {
        String videoPath = rs.getString("video_path");
        long videoSize = rs.getLong("video_size");
        Long size = rs.wasNull() ? null : videoSize;
        String uploadUrl = rs.getString("upload_url");
        String postIds = rs.getString("post_ids");
        return new PublishJob(
                rs.getString("id"),
                rs.getLong("user_id"),
                rs.getString("open_id"),
                rs.getString("idempotency_key"),
                MediaKind.valueOf(rs.getString("media_kind")),
                rs.getString("battle_id"),
                rs.getString("card_token"),
                videoPath == null ? null : Path.of(videoPath),
                size,
                new PostChoices(
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("privacy_level"),
                        !rs.getBoolean("disable_comment"),
                        !rs.getBoolean("disable_duet"),
                        !rs.getBoolean("disable_stitch"),
                        rs.getBoolean("brand_organic"),
                        rs.getBoolean("brand_content")),
                JobState.valueOf(rs.getString("state")),
                rs.getString("publish_id"),
                uploadUrl == null ? null : URI.create(uploadUrl),
                nullableInstant(rs, "upload_url_expires_at"),
                rs.getLong("uploaded_bytes"),
                postIds == null || postIds.isEmpty() ? List.of() : Arrays.asList(postIds.split(",")),
                rs.getString("error"),
                nullableInstant(rs, "retry_at"),
                nullableInstant(rs, "init_started_at"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
