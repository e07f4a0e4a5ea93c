package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.videos.ProfileCounts;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Display half of the SDK against the real offline emulator. */
class DisplayContractTests {

    private final EmulatorFixture tiktok = EmulatorFixture.start();
    private final TikTokClient client = tiktok.client();

    @AfterEach
    void stopEmulator() {
        tiktok.close();
    }

    @Test
    void readsEveryGrantedFieldOfTheSignedInUser() {
        SandboxAccount ava = tiktok.account("ava.sparks");
        TokenSet tokens = tiktok.signIn("ava.sparks");

        UserInfo user = client.display().userInfo(tokens.accessToken(), EnumSet.allOf(UserField.class));

        assertThat(user.openId()).isEqualTo(ava.openId());
        assertThat(user.unionId()).isEqualTo(ava.unionId());
        assertThat(user.displayName()).isEqualTo(ava.displayName());
        assertThat(user.username()).isEqualTo("ava.sparks");
        assertThat(user.bioDescription()).isEqualTo(ava.bioDescription());
        assertThat(user.isVerified()).isEqualTo(ava.verified());
        ProfileCounts stats = tiktok.emulator()
                .videos()
                .profileAt(ava.openId(), tiktok.clock().instant());
        assertThat(user.followerCount()).isEqualTo(stats.followerCount());
        assertThat(user.followingCount()).isEqualTo(ava.followingCount());
        assertThat(user.likesCount()).isEqualTo(stats.likesCount());
        assertThat(user.videoCount()).isEqualTo(stats.videoCount());
        assertThat(user.avatarUrl()).isNotBlank();
        assertThat(user.avatarUrl100()).isNotBlank();
        assertThat(user.avatarLargeUrl()).isNotBlank();
    }

    @Test
    void returnsOnlyTheRequestedFields() {
        TokenSet tokens = tiktok.signIn("ava.sparks");

        UserInfo user = client.display().userInfo(tokens.accessToken(), Set.of(UserField.DISPLAY_NAME));

        assertThat(user.displayName()).isEqualTo("Ava Sparks");
        assertThat(user.openId()).isNull();
        assertThat(user.followerCount()).isNull();
    }

    @Test
    void keepsHtmlMetacharactersOfDisplayNamesVerbatim() {
        SandboxAccount kai = tiktok.account("kai.games");
        TokenSet tokens = tiktok.signIn("kai.games");

        UserInfo user = client.display().userInfo(tokens.accessToken(), Set.of(UserField.DISPLAY_NAME));

        assertThat(user.displayName()).isEqualTo(kai.displayName()).contains("<");
    }

    @Test
    void reportsFieldsBeyondTheGrantedScopesAsScopePermissionMissed() {
        TokenSet tokens = tiktok.signIn("ava.sparks", Set.of("user.info.basic"));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.display()
                        .userInfo(tokens.accessToken(), Set.of(UserField.OPEN_ID, UserField.FOLLOWER_COUNT)))
                .satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo("scope_permission_missed");
                    assertThat(e.isScopeError()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.logId()).isNotBlank();
                });
    }

    @Test
    void reportsATokenWithoutAnyUserInfoScopeAsScopeNotAuthorized() {
        TokenSet tokens = tiktok.signIn("ava.sparks", Set.of("video.list"));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.display().userInfo(tokens.accessToken(), Set.of(UserField.OPEN_ID)))
                .satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo("scope_not_authorized");
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.isAccessTokenInvalid()).isFalse();
                });
    }

    @Test
    void reportsUnknownFieldsAsInvalidParams() {
        TokenSet tokens = tiktok.signIn("ava.sparks");

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.display().userInfo(tokens.accessToken(), "open_id,email"))
                .satisfies(e -> {
                    assertThat(e.isInvalidParams()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void reportsAnUnknownTokenAsAccessTokenInvalid() {
        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.display().userInfo("act.never-issued-0000000000", Set.of(UserField.OPEN_ID)))
                .satisfies(e -> {
                    assertThat(e.isAccessTokenInvalid()).isTrue();
                    assertThat(e.getMessage()).doesNotContain("act.never-issued-0000000000");
                });
    }
}
