package io.battlesim.tiktok.emulator.videos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VideoCatalogueTests {

    private static final Instant NOW = Instant.parse("2026-01-12T08:30:12Z");

    private final SandboxAccounts accounts = new SandboxAccounts(42);
    private final VideoCatalogue catalogue = accounts.videos();
    private final SandboxAccount ava = accounts.find("ava.sparks").orElseThrow();

    private List<Video> avas(Instant at) {
        return catalogue.videos(ava.openId(), at);
    }

    @Test
    void isTheSameForTheSameSeedAndDiffersForAnother() {
        VideoCatalogue again = new SandboxAccounts(42).videos();
        SandboxAccounts other = new SandboxAccounts(7);
        String otherAva = other.find("ava.sparks").orElseThrow().openId();

        assertThat(again.videos("ava.sparks", NOW)).isEqualTo(avas(NOW));
        assertThat(other.videos().videos(otherAva, NOW))
                .extracting(Video::id)
                .doesNotContainAnyElementsOf(avas(NOW).stream().map(Video::id).toList());
    }

    @Test
    void givesTheDemoCreatorSeveralHundredVideosAndTheNewestCreatorAHandful() {
        assertThat(avas(NOW)).hasSizeGreaterThanOrEqualTo(300);
        assertThat(catalogue.videos("ivy.reads", NOW)).hasSizeBetween(1, 15);
        assertThat(accounts.all())
                .allSatisfy(account -> assertThat(catalogue.videos(account.openId(), NOW))
                        .as(account.username())
                        .hasSizeLessThan(avas(NOW).size() + 1));
    }

    @Test
    void postsEachVideoInItsOwnSecondWithATikTokLikeId() {
        List<Video> videos = avas(NOW);

        assertThat(videos).extracting(Video::createTime).doesNotHaveDuplicates();
        assertThat(videos).extracting(Video::id).doesNotHaveDuplicates().allMatch(id -> id.matches("7[0-9]{18}"));
        assertThat(videos)
                .allMatch(video ->
                        Long.parseLong(video.id()) >>> 32 == video.createTime().getEpochSecond());
        assertThat(videos).extracting(Video::createTime).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void writesBelievableTextsWithinTikToksLimits() {
        List<Video> videos = avas(NOW);

        assertThat(videos).allSatisfy(video -> {
            assertThat(video.title()).isNotBlank().hasSizeLessThanOrEqualTo(150);
            assertThat(video.description())
                    .startsWith(video.title())
                    .contains("#")
                    .hasSizeLessThanOrEqualTo(150);
            assertThat(video.duration()).isBetween(5, 600);
        });
        assertThat(videos).anyMatch(video -> video.title().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
        assertThat(videos).anyMatch(video -> video.title().codePoints().anyMatch(c -> c >= 0x1F300));
        double portrait = videos.stream()
                        .filter(video -> video.width() == 1080 && video.height() == 1920)
                        .count()
                / (double) videos.size();
        assertThat(portrait).isGreaterThan(0.85);
    }

    @Test
    void postsMostlyInTheEveningAndEveningPostsReachFurther() {
        List<Video> settled = avas(NOW).stream()
                .filter(video -> video.createTime().isBefore(NOW.minus(Duration.ofDays(14))))
                .toList();
        Predicate<Video> evening = video -> hour(video) >= 17 && hour(video) <= 22;
        Predicate<Video> morning = video -> hour(video) >= 5 && hour(video) <= 11;

        assertThat(settled.stream().filter(evening).count()).isGreaterThan(settled.size() * 2L / 5);
        assertThat(medianViews(settled.stream().filter(evening).toList()))
                .isGreaterThan(medianViews(settled.stream().filter(morning).toList()));
    }

    private static int hour(Video video) {
        return video.createTime().atZone(ZoneOffset.UTC).getHour();
    }

    private long medianViews(List<Video> videos) {
        List<Long> views = videos.stream()
                .map(video -> catalogue.countsAt(video, NOW).viewCount())
                .sorted()
                .toList();
        return views.get(views.size() / 2);
    }

    @Test
    void growsCountsFromZeroFastThenFlatWithoutEverDecreasing() {
        for (Video video : avas(NOW).subList(0, 40)) {
            assertThat(catalogue.countsAt(video, video.createTime())).isEqualTo(VideoCounts.ZERO);
            assertThat(catalogue.countsAt(video, video.createTime().minusSeconds(60)))
                    .isEqualTo(VideoCounts.ZERO);
            VideoCounts previous = VideoCounts.ZERO;
            for (long minutes = 1; minutes < 400L * 24 * 60; minutes = minutes * 3 / 2 + 1) {
                VideoCounts counts =
                        catalogue.countsAt(video, video.createTime().plus(Duration.ofMinutes(minutes)));
                assertThat(counts.viewCount()).isGreaterThanOrEqualTo(previous.viewCount());
                assertThat(counts.likeCount()).isGreaterThanOrEqualTo(previous.likeCount());
                assertThat(counts.commentCount()).isGreaterThanOrEqualTo(previous.commentCount());
                assertThat(counts.shareCount()).isGreaterThanOrEqualTo(previous.shareCount());
                assertThat(counts.likeCount()).isLessThanOrEqualTo(Math.max(1, counts.viewCount()));
                previous = counts;
            }
            VideoCounts week = catalogue.countsAt(video, video.createTime().plus(Duration.ofDays(7)));
            VideoCounts year = catalogue.countsAt(video, video.createTime().plus(Duration.ofDays(365)));
            assertThat(week.viewCount()).isGreaterThan(year.viewCount() / 2);
        }
    }

    @Test
    void hasAFewViralOutliers() {
        List<Long> views = avas(NOW).stream()
                .filter(video -> video.createTime().isBefore(NOW.minus(Duration.ofDays(30))))
                .map(video -> catalogue.countsAt(video, NOW).viewCount())
                .sorted()
                .toList();
        long median = views.get(views.size() / 2);

        long outliers = views.stream().filter(count -> count > 10 * median).count();
        assertThat(outliers).isBetween(2L, views.size() / 15L);
    }

    @Test
    void describesTheSandboxAccountsAtTheReferenceInstant() {
        for (SandboxAccount account : accounts.all()) {
            ProfileCounts profile = catalogue.profileAt(account.openId(), VideoCatalogue.REFERENCE_INSTANT);

            assertThat(profile.followerCount()).as(account.username()).isEqualTo(account.followerCount());
            assertThat(profile.likesCount()).isEqualTo(account.likesCount());
            assertThat(profile.videoCount()).isEqualTo(account.videoCount());
            assertThat(profile.followingCount()).isEqualTo(account.followingCount());
        }
    }

    @Test
    void addsAPublishedPostWithItsPostIdAndCountsFromZero() {
        Instant publishedAt = NOW.minusSeconds(5);
        Video video = catalogue.published(
                new PublishedPost(ava.openId(), 7_457_000_000_123_456_789L, "Battle recap 🎉", "", publishedAt, 0));

        assertThat(video.id()).isEqualTo("7457000000123456789");
        assertThat(video.title()).isEqualTo("Battle recap 🎉");
        assertThat(video.description()).isEqualTo("Battle recap 🎉");
        assertThat(video.createTime()).isEqualTo(publishedAt);
        assertThat(avas(NOW).getFirst()).isEqualTo(video);
        assertThat(catalogue.countsAt(video, publishedAt)).isEqualTo(VideoCounts.ZERO);
        assertThat(catalogue.countsAt(video, NOW.plus(Duration.ofDays(1))).viewCount())
                .isPositive();
        assertThat(catalogue.profileAt(ava.openId(), NOW).videoCount())
                .isEqualTo(avas(NOW).size());

        assertThat(catalogue.takenDown(ava.openId(), 7_457_000_000_123_456_789L))
                .isTrue();
        assertThat(avas(NOW)).doesNotContain(video);
    }

    @Test
    void movesAPublishedPostOffASecondAnotherVideoHolds() {
        Video existing = avas(NOW).get(3);

        Video video = catalogue.published(new PublishedPost(
                ava.openId(), 7_457_000_000_000_000_001L, "Photo dump", "Three photos", existing.createTime(), 3));

        assertThat(video.createTime()).isBefore(existing.createTime());
        assertThat(video.description()).isEqualTo("Three photos");
        assertThat(video.duration()).isEqualTo(9);
        Set<Instant> seconds = avas(NOW).stream().map(Video::createTime).collect(Collectors.toSet());
        assertThat(seconds).hasSameSizeAs(avas(NOW));
    }

    @Test
    void cutsLongCaptionsWithoutSplittingAnEmoji() {
        String caption = "a".repeat(149) + "🎉 and more";

        assertThat(Captions.cut(caption)).isEqualTo("a".repeat(149));
        assertThat(Captions.cut("short")).isEqualTo("short");
    }

    @Test
    void refusesUnknownCreators() {
        assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(() -> catalogue.videos("nobody", NOW));
    }

    @Test
    void pagesThroughTheCatalogue() {
        List<Video> all = avas(NOW);
        VideoPage first = catalogue.page(ava.openId(), NOW, NOW.toEpochMilli() + 1, 20);

        assertThat(first.hasMore()).isTrue();
        assertThat(first.cursor()).isEqualTo(all.get(19).createTime().toEpochMilli());
        VideoPage last = catalogue.page(
                ava.openId(), NOW, all.get(all.size() - 5).createTime().toEpochMilli(), 20);
        assertThat(last.hasMore()).isFalse();
        assertThat(last.videos()).hasSizeLessThanOrEqualTo(4);
        assertThat(last.cursor()).isEqualTo(all.getLast().createTime().toEpochMilli());
    }
}
