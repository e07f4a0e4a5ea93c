package io.battlesim.app.publish;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the {@code publish} module, bound from {@code app.publish}.
 *
 * @param audited whether TikTok audited the app; unaudited apps may only post privately ({@code SELF_ONLY}) to
 *     private accounts, and the form says so
 * @param maxVideoSize the largest video a user may upload
 * @param pollInterval how often a processing post's status is fetched (TikTok allows 30 per minute)
 * @param pollLimit how long a post is followed before the job gives up waiting (moderation can take hours)
 * @param postsPerDay the per-creator daily post cap shown and enforced before asking TikTok (TikTok: about 15)
 * @param requestsPerMinute post requests (init calls) per creator and minute (TikTok: 6)
 * @param chunkSize upload chunk size for videos larger than it; 0 uses the SDK's plan (whole files up to 64 MB,
 *     else 64 MB chunks)
 * @param webhookTolerance how old a webhook's signed timestamp may be
 * @param brand the brand named in generated post text
 * @param language the language of generated post text ({@code en}, {@code de}, {@code es})
 * @param category the category named in generated post text
 * @param tags up to three hashtags added to generated post text
 */
@ConfigurationProperties("app.publish")
public record PublishSettings(
        @DefaultValue("false") boolean audited,
        @DefaultValue("256MB") DataSize maxVideoSize,
        @DefaultValue("3s") Duration pollInterval,
        @DefaultValue("2h") Duration pollLimit,
        @DefaultValue("15") int postsPerDay,
        @DefaultValue("6") int requestsPerMinute,
        @DefaultValue("0B") DataSize chunkSize,
        @DefaultValue("5m") Duration webhookTolerance,
        @DefaultValue("TikTok Battle Simulator") String brand,
        @DefaultValue("en") String language,
        @DefaultValue("Gaming") String category,
        @DefaultValue("tiktokbattle,livebattle") List<String> tags) {

    public PublishSettings {
        tags = List.copyOf(tags);
    }
}
