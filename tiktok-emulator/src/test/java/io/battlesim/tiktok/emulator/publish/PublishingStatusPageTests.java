package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.publish.PublishHarness.AUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublishingStatusPageTests {

    private final PublishHarness harness = PublishHarness.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void listsPostsWithTheirIdsAndEscapesTheirTitles() {
        String token = harness.token(AUDITED, PublishHarness.PUBLIC_CREATOR);
        HttpResponse<String> init = harness.post(
                "/v2/post/publish/video/init/",
                token,
                "{\"post_info\":{\"title\":\"<script>alert('x')</script> & co\",\"privacy_level\":"
                        + "\"PUBLIC_TO_EVERYONE\"}," + PublishHarness.fileUploadSource(1000, 1000, 1) + "}");
        String publishId = json(init).at("/data/publish_id").asString();
        harness.putChunk(URI.create(json(init).at("/data/upload_url").asString()), 0, 999, 1000);
        harness.publishing.tick();
        long postId = harness.publishing.task(publishId).orElseThrow().postIds().get(0);

        String page = harness.get("/").body();

        assertThat(page)
                .contains("id=\"publishing\"")
                .contains(publishId)
                .contains(String.valueOf(postId))
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co")
                .doesNotContain("<script>alert");
    }

    @Test
    void showsWhichAccountsArePrivateAndSwitchesOneWithTheForm() {
        String before = harness.get("/").body();

        HttpResponse<String> switched = harness.send(harness.request("/publish/account-privacy")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("account=luna.sings&privacy=private"))
                .build());

        assertThat(before).contains("@ava.sparks · private", "@luna.sings · public");
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(harness.publishing.privateAccount("luna.sings")).isTrue();
        assertThat(harness.get("/").body()).contains("@luna.sings · private");
    }

    @Test
    void refusesToSwitchAnUnknownAccountReadably() {
        HttpResponse<String> response = harness.send(harness.request("/publish/account-privacy")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("account=%3Cb%3Enobody&privacy=public"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("There is no such sandbox account.")
                .doesNotContain("<b>nobody");
    }

    @Test
    void showsHowTheChunkRulesReadMegabytes() {
        assertThat(harness.get("/").body()).contains("read MB as 1,048,576 bytes (BINARY");

        harness.publishing.megabyteReading(MegabyteReading.DECIMAL);

        assertThat(harness.get("/").body()).contains("read MB as 1,000,000 bytes (DECIMAL");
    }

    @Test
    void offersTheVerifyForm() {
        assertThat(harness.get("/").body()).contains("action=\"" + harness.server.baseUrl() + "/publish/verify\"");
    }
}
