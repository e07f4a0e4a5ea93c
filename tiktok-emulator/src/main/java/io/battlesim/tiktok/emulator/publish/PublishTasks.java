package io.battlesim.tiktok.emulator.publish;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** Every publish task, by publish id and by upload id; thread-safe. Finished tasks older than a day are purged. */
final class PublishTasks {

    private static final Duration DAY = Duration.ofHours(24);
    private static final int PURGE_THRESHOLD = 10_000;

    private final Map<String, PublishTask> byPublishId = new ConcurrentHashMap<>();
    private final Map<String, PublishTask> byUploadId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong postIds = new AtomicLong(7_457_000_000_000_000_000L);

    String newPublishId(PublishKind kind, boolean fileUpload) {
        String source = fileUpload ? "file" : "url";
        String version = kind == PublishKind.DIRECT_VIDEO && fileUpload ? "v2-1" : "v2";
        return kind.idPrefix() + "_" + source + "~" + version + "." + digits(18);
    }

    String newUploadId() {
        return digits(19);
    }

    String newUploadToken() {
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        return java.util.HexFormat.of().formatHex(raw);
    }

    long newPostId() {
        return postIds.addAndGet(1 + random.nextInt(1_000_000));
    }

    void add(PublishTask task, Instant now) {
        if (byPublishId.size() > PURGE_THRESHOLD) {
            purge(now);
        }
        byPublishId.put(task.publishId(), task);
        task.upload().ifPresent(upload -> byUploadId.put(upload.uploadId(), task));
    }

    Optional<PublishTask> find(String publishId) {
        return Optional.ofNullable(byPublishId.get(publishId));
    }

    Optional<PublishTask> byUploadId(String uploadId) {
        return Optional.ofNullable(byUploadId.get(uploadId));
    }

    Collection<PublishTask> all() {
        return byPublishId.values();
    }

    List<PublishTask> recent(int limit) {
        return byPublishId.values().stream()
                .sorted(Comparator.comparing((PublishTask task) -> task.origin().createdAt())
                        .reversed())
                .limit(limit)
                .toList();
    }

    /** Tasks created in the 24 hours before {@code now} that match. */
    long countLastDay(Instant now, Predicate<PublishTask> filter) {
        Instant since = now.minus(DAY);
        return byPublishId.values().stream()
                .filter(task -> task.origin().createdAt().isAfter(since))
                .filter(filter)
                .count();
    }

    long distinctCreatorsLastDay(Instant now, String clientKey) {
        Instant since = now.minus(DAY);
        return byPublishId.values().stream()
                .filter(task -> task.origin().createdAt().isAfter(since))
                .filter(task -> task.origin().clientKey().equals(clientKey))
                .map(task -> task.origin().openId())
                .distinct()
                .count();
    }

    boolean creatorActiveLastDay(Instant now, String clientKey, String openId) {
        return countLastDay(
                        now,
                        task -> task.origin().clientKey().equals(clientKey)
                                && task.origin().openId().equals(openId))
                > 0;
    }

    private void purge(Instant now) {
        Instant horizon = now.minus(DAY);
        byPublishId
                .values()
                .removeIf(task ->
                        task.state().terminal() && task.origin().createdAt().isBefore(horizon));
        byUploadId.values().removeIf(task -> !byPublishId.containsKey(task.publishId()));
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        text.append(1 + random.nextInt(9));
        for (int i = 1; i < count; i++) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }
}
