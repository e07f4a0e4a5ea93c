package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.videos.ProfileCounts;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UserInfoTests {

    private final EmulatorHarness harness = EmulatorHarness.start();
    private final SandboxAccount ava = harness.emulator.account("ava.sparks").orElseThrow();

    @AfterEach
    void stop() {
        harness.close();
    }

    private static void assertApiError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("data").isEmpty()).isTrue();
        assertThat(body.at("/error/code").asString()).isEqualTo(code);
        assertThat(body.at("/error/message").asString()).isNotBlank();
        assertThat(body.at("/error/log_id").asString()).matches("\\d{14}[0-9A-F]{18}");
    }

    @Nested
    class WithEveryScope {

        private final String token =
                harness.login(ALL_SCOPES).get("access_token").asString();

        @Test
        void answersOnlyTheRequestedFieldsInsideTheEnvelope() {
            HttpResponse<String> response = harness.userInfo(token, "open_id,display_name,follower_count,is_verified");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.at("/data/user").propertyNames())
                    .containsExactly("open_id", "display_name", "follower_count", "is_verified");
            assertThat(body.at("/data/user/open_id").asString()).isEqualTo(ava.openId());
            assertThat(body.at("/data/user/display_name").asString()).isEqualTo("Ava Sparks");
            assertThat(body.at("/data/user/follower_count").asLong())
                    .isEqualTo(harness.emulator
                            .videos()
                            .profileAt(ava.openId(), EmulatorHarness.START)
                            .followerCount());
            assertThat(body.at("/data/user/is_verified").isBoolean()).isTrue();
            assertThat(body.at("/error/code").asString()).isEqualTo("ok");
            assertThat(body.at("/error/message").asString()).isEmpty();
        }

        @Test
        void sendsTheLogIdInTheBodyAndTheHeader() {
            HttpResponse<String> response = harness.userInfo(token, "open_id");

            String logId = json(response).at("/error/log_id").asString();
            assertThat(logId).matches("20260112083012[0-9A-F]{18}");
            assertThat(response.headers().firstValue("x-tt-logid")).hasValue(logId);
        }

        @Test
        void pointsAvatarsAtTheEmulatorsOwnSvgs() {
            JsonNode user = json(harness.userInfo(token, "avatar_url,avatar_url_100,avatar_large_url"))
                    .at("/data/user");

            String base = harness.server.baseUrl() + "/avatars/ava.sparks.svg?size=";
            assertThat(user.get("avatar_url").asString()).isEqualTo(base + "168");
            assertThat(user.get("avatar_url_100").asString()).isEqualTo(base + "100");
            assertThat(user.get("avatar_large_url").asString()).isEqualTo(base + "720");
            HttpResponse<String> avatar = harness.send(java.net.http.HttpRequest.newBuilder(
                            URI.create(user.get("avatar_url_100").asString()))
                    .build());
            assertThat(avatar.statusCode()).isEqualTo(200);
            assertThat(avatar.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
            assertThat(avatar.body()).startsWith("<svg").contains("width=\"100\"", ">AS</text>");
        }

        @Test
        void readsTheCreatorsProfileAndStats() {
            JsonNode user = json(harness.userInfo(
                            token,
                            "union_id,bio_description,profile_deep_link,username,following_count,likes_count,video_count"))
                    .at("/data/user");

            assertThat(user.get("union_id").asString()).isEqualTo(ava.unionId());
            assertThat(user.get("bio_description").asString()).isEqualTo(ava.bioDescription());
            assertThat(user.get("username").asString()).isEqualTo("ava.sparks");
            assertThat(user.get("profile_deep_link").asString())
                    .startsWith(harness.server.baseUrl().toString());
            ProfileCounts stats = harness.emulator.videos().profileAt(ava.openId(), EmulatorHarness.START);
            assertThat(user.get("following_count").asLong()).isEqualTo(ava.followingCount());
            assertThat(user.get("likes_count").asLong()).isEqualTo(stats.likesCount());
            assertThat(user.get("video_count").asLong()).isEqualTo(stats.videoCount());
        }

        @Test
        void refusesAMissingFieldsParameter() {
            assertApiError(harness.get("/v2/user/info/", "Authorization", "Bearer " + token), 400, "invalid_params");
        }

        @Test
        void refusesUnknownFields() {
            HttpResponse<String> response = harness.userInfo(token, "open_id,email");

            assertApiError(response, 400, "invalid_params");
            assertThat(json(response).at("/error/message").asString()).contains("email");
        }

        @Test
        void answers404WithAHintWithoutTheTrailingSlash() {
            HttpResponse<String> response =
                    harness.get("/v2/user/info?fields=open_id", "Authorization", "Bearer " + token);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).at("/error/message").asString()).contains("/v2/user/info/");
        }
    }

    @Nested
    class WithoutAUsableToken {

        @Test
        void answers401WithoutAnAuthorizationHeader() {
            assertApiError(harness.get("/v2/user/info/?fields=open_id"), 401, "access_token_invalid");
        }

        @Test
        void answers401ForAnUnknownToken() {
            assertApiError(harness.userInfo("act.doesnotexist", "open_id"), 401, "access_token_invalid");
        }

        @Test
        void answers401ForARefreshToken() {
            String refresh = harness.login(ALL_SCOPES).get("refresh_token").asString();

            assertApiError(harness.userInfo(refresh, "open_id"), 401, "access_token_invalid");
        }
    }

    @Nested
    class WithMissingScopes {

        @Test
        void answers400ScopePermissionMissedForFieldsOfUngrantedScopes() {
            String token = harness.login("user.info.basic,user.info.profile")
                    .get("access_token")
                    .asString();

            HttpResponse<String> response = harness.userInfo(token, "open_id,username,follower_count");

            assertApiError(response, 400, "scope_permission_missed");
            assertThat(json(response).at("/error/message").asString()).contains("follower_count (user.info.stats)");
        }

        @Test
        void answers401ScopeNotAuthorizedWithoutUserInfoBasic() {
            String token = harness.login("user.info.stats").get("access_token").asString();

            assertApiError(harness.userInfo(token, "follower_count"), 401, "scope_not_authorized");
        }

        @Test
        void honoursScopesTheUserUnticked() {
            URI authorize = harness.authorizeUrl(EmulatorHarness.WEB, ALL_SCOPES, "s", null);
            URI callback = harness.emulator.approve(authorize, "ava.sparks", java.util.Set.of("user.info.profile"));
            String code = EmulatorHarness.query(callback).get("code");
            String token = json(harness.exchange(EmulatorHarness.WEB, code, null))
                    .get("access_token")
                    .asString();

            assertThat(harness.userInfo(token, "username").statusCode()).isEqualTo(200);
            assertApiError(harness.userInfo(token, "video_count"), 400, "scope_permission_missed");
        }
    }
}
