package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TikTokClientTests {

    private static TikTokClient.Builder validBuilder() {
        return TikTokClient.builder().clientKey(Fixtures.CLIENT_KEY).clientSecret(Fixtures.CLIENT_SECRET);
    }

    @Test
    void rejectsAMissingClientKey() {
        assertThatIllegalStateException()
                .isThrownBy(() -> TikTokClient.builder().clientSecret("secret").build())
                .withMessageContaining("clientKey");
    }

    @Test
    void rejectsAMissingOrBlankClientSecret() {
        assertThatIllegalStateException()
                .isThrownBy(() -> TikTokClient.builder().clientKey("key").build())
                .withMessageContaining("clientSecret");
        assertThatIllegalStateException()
                .isThrownBy(() -> TikTokClient.builder()
                        .clientKey("key")
                        .clientSecret("  ")
                        .build());
    }

    @Test
    void fillsTikToksHostsAndTheDefaultTimeoutsAndPolicies() {
        TikTokClient client = validBuilder().build();

        assertThat(client.authorizeBaseUri()).isEqualTo(URI.create("https://www.tiktok.com"));
        assertThat(client.apiBaseUri()).isEqualTo(URI.create("https://open.tiktokapis.com"));
        assertThat(client.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(client.requestTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(client.retryPolicy()).isEqualTo(RetryPolicy.defaults());
        assertThat(client.rateLimitMode()).isEqualTo(RateLimitMode.WAIT);
        assertThat(client.rateLimits())
                .containsEntry("/v2/user/info/", 600)
                .containsEntry("/v2/post/publish/video/init/", 6)
                .containsEntry("/v2/post/publish/creator_info/query/", 20)
                .containsEntry("/v2/post/publish/status/fetch/", 30);
    }

    @Test
    void rejectsRelativeOrNonHttpBaseUris() {
        assertThatIllegalStateException()
                .isThrownBy(() -> validBuilder().apiBaseUri(URI.create("/v2")).build());
        assertThatIllegalStateException()
                .isThrownBy(() -> validBuilder()
                        .authorizeBaseUri(URI.create("ftp://example.com"))
                        .build());
        assertThatIllegalStateException()
                .isThrownBy(() -> validBuilder()
                        .apiBaseUri(URI.create("https://example.com/?x=1"))
                        .build());
    }

    @Test
    void rejectsNonPositiveTimeouts() {
        assertThatIllegalStateException()
                .isThrownBy(() -> validBuilder().requestTimeout(Duration.ZERO).build());
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        validBuilder().connectTimeout(Duration.ofSeconds(-1)).build());
    }

    @Test
    void stripsTrailingSlashesFromBaseUrisButKeepsPathPrefixes() {
        TikTokClient client = validBuilder()
                .apiBaseUri(URI.create("http://localhost:5000/emulator/"))
                .build();

        assertThat(client.apiBaseUri()).isEqualTo(URI.create("http://localhost:5000/emulator"));
    }

    @Test
    void newBuilderStartsFromTheClientsSettingsWithoutChangingIt() {
        TikTokClient original = validBuilder()
                .rateLimitMode(RateLimitMode.FAIL_FAST)
                .rateLimit("/v2/user/info/", 5)
                .build();

        TikTokClient derived =
                original.newBuilder().retryPolicy(RetryPolicy.none()).build();

        assertThat(derived.clientKey()).isEqualTo(Fixtures.CLIENT_KEY);
        assertThat(derived.rateLimitMode()).isEqualTo(RateLimitMode.FAIL_FAST);
        assertThat(derived.rateLimits()).containsEntry("/v2/user/info/", 5);
        assertThat(derived.retryPolicy()).isEqualTo(RetryPolicy.none());
        assertThat(original.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    }

    @Test
    void rateLimitOverridesAreUnmodifiableAfterBuild() {
        TikTokClient.Builder builder = validBuilder();
        TikTokClient client = builder.build();

        builder.rateLimit("/v2/user/info/", 1);

        assertThat(client.rateLimits()).containsEntry("/v2/user/info/", 600).isUnmodifiable();
    }

    @Test
    void toStringNeverShowsTheSecret() {
        TikTokClient client = validBuilder().build();

        assertThat(client.toString()).doesNotContain(Fixtures.CLIENT_SECRET).contains(Fixtures.CLIENT_KEY);
        assertThat(client.oauth().toString()).doesNotContain(Fixtures.CLIENT_SECRET);
    }
}
