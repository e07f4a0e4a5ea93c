package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.publish.PublishHarness.AUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.UNAUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.code;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CreatorInfoTests {

    private final PublishHarness harness = PublishHarness.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void describesThePublicCreatorWithEverythingEnabled() {
        HttpResponse<String> response = harness.creatorInfo(harness.token(AUDITED, "luna.sings"));

        JsonNode data = json(response).get("data");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(code(response)).isEqualTo("ok");
        assertThat(data.get("creator_username").asString()).isEqualTo("luna.sings");
        assertThat(data.get("creator_nickname").asString()).isEqualTo("Luna Sings");
        assertThat(data.get("creator_avatar_url").asString())
                .isEqualTo(harness.server.baseUrl() + "/avatars/luna.sings.svg?size=168");
        assertThat(data.get("privacy_level_options").toString())
                .isEqualTo("[\"PUBLIC_TO_EVERYONE\",\"MUTUAL_FOLLOW_FRIENDS\",\"SELF_ONLY\"]");
        assertThat(data.get("comment_disabled").asBoolean()).isFalse();
        assertThat(data.get("duet_disabled").asBoolean()).isFalse();
        assertThat(data.get("stitch_disabled").asBoolean()).isFalse();
        assertThat(data.get("max_video_post_duration_sec").asInt()).isEqualTo(600);
    }

    @Test
    void servesTheAvatarItLinks() {
        String url = json(harness.creatorInfo(harness.token(AUDITED, "ava.sparks")))
                .at("/data/creator_avatar_url")
                .asString();

        assertThat(harness.get(url.substring(harness.server.baseUrl().toString().length()))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void describesAPrivateCreatorWithDuetAndStitchDisabled() {
        JsonNode data =
                json(harness.creatorInfo(harness.token(AUDITED, "ava.sparks"))).get("data");

        assertThat(data.get("privacy_level_options").toString())
                .isEqualTo("[\"FOLLOWER_OF_CREATOR\",\"MUTUAL_FOLLOW_FRIENDS\",\"SELF_ONLY\"]");
        assertThat(data.get("duet_disabled").asBoolean()).isTrue();
        assertThat(data.get("stitch_disabled").asBoolean()).isTrue();
        assertThat(data.get("comment_disabled").asBoolean()).isFalse();
        assertThat(data.get("max_video_post_duration_sec").asInt()).isEqualTo(600);
    }

    @Test
    void startsWithMostAccountsPrivateSoAnUnauditedAppCanPostOffline() {
        assertThat(harness.emulator.accounts())
                .filteredOn(account -> !harness.publishing.privateAccount(account.username()))
                .extracting(account -> account.username())
                .containsExactly("kai.games", "luna.sings");
    }

    @Test
    void offersTheOptionsOfThePrivacyTheCreatorSwitchedTo() {
        String token = harness.token(AUDITED, "ava.sparks");

        harness.publishing.privateAccount("ava.sparks", false);
        JsonNode madePublic = json(harness.creatorInfo(token)).get("data");
        harness.publishing.privateAccount("ava.sparks", true);
        JsonNode madePrivate = json(harness.creatorInfo(token)).get("data");

        assertThat(madePublic.get("privacy_level_options").toString()).contains("PUBLIC_TO_EVERYONE");
        assertThat(madePublic.get("duet_disabled").asBoolean()).isFalse();
        assertThat(madePrivate.get("privacy_level_options").toString())
                .contains("FOLLOWER_OF_CREATOR")
                .doesNotContain("PUBLIC_TO_EVERYONE");
        assertThat(madePrivate.get("duet_disabled").asBoolean()).isTrue();
    }

    @Test
    void variesTheFlagsAndDurationsAcrossAccounts() {
        JsonNode zoe =
                json(harness.creatorInfo(harness.token(AUDITED, "zoe.paints"))).get("data");
        JsonNode leo =
                json(harness.creatorInfo(harness.token(AUDITED, "leo.beats"))).get("data");

        assertThat(zoe.get("comment_disabled").asBoolean()).isTrue();
        assertThat(leo.get("stitch_disabled").asBoolean()).isTrue();
        assertThat(leo.get("max_video_post_duration_sec").asInt()).isEqualTo(180);
    }

    @Test
    void refusesATokenWithoutVideoPublish() {
        HttpResponse<String> response =
                harness.creatorInfo(harness.token(AUDITED, "ava.sparks", "user.info.basic,video.upload"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("scope_not_authorized");
    }

    @Test
    void refusesAnUnknownToken() {
        HttpResponse<String> response = harness.creatorInfo("act.nope");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("access_token_invalid");
    }

    @Test
    void limitsRequestsTo20PerMinutePerToken() {
        String token = harness.token(AUDITED, "ava.sparks");
        IntStream.range(0, 20)
                .forEach(
                        i -> assertThat(harness.creatorInfo(token).statusCode()).isEqualTo(200));

        HttpResponse<String> response = harness.creatorInfo(token);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(code(response)).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void reportsABannedCreatorWithHttp200OnPurpose() {
        harness.publishing.banFromPosting("ava.sparks", true);

        HttpResponse<String> response = harness.creatorInfo(harness.token(AUDITED, "ava.sparks"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(code(response)).isEqualTo("spam_risk_user_banned_from_posting");
    }

    @Test
    void reportsTheDailyCapWithHttp200OnPurpose() {
        harness.publishing.limits(new PublishLimits(1, 5, 5, java.time.Duration.ofHours(1)));
        String token = harness.token(AUDITED, "ava.sparks");
        harness.post("/v2/post/publish/video/init/", token, PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1));

        HttpResponse<String> response = harness.creatorInfo(token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(code(response)).isEqualTo("spam_risk_too_many_posts");
    }

    @Test
    void reportsTheActiveUserCapOfAnUnauditedAppWithHttp200() {
        for (String user : new String[] {"ava.sparks", "leo.beats", "mia.moves", "noah.laughs", "zoe.paints"}) {
            harness.post(
                    "/v2/post/publish/video/init/",
                    harness.token(UNAUDITED, user),
                    PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1));
        }

        HttpResponse<String> sixth = harness.creatorInfo(harness.token(UNAUDITED, "kai.games"));
        HttpResponse<String> first = harness.creatorInfo(harness.token(UNAUDITED, "ava.sparks"));

        assertThat(sixth.statusCode()).isEqualTo(200);
        assertThat(code(sixth)).isEqualTo("reached_active_user_cap");
        assertThat(code(first)).isEqualTo("ok");
    }
}
