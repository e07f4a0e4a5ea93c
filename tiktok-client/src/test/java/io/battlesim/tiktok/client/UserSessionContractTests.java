package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Automatic refresh and rotation bookkeeping of {@link UserSession} against the emulator. */
class UserSessionContractTests {

    private final EmulatorFixture tiktok = EmulatorFixture.start();
    private final TikTokClient client = tiktok.client();
    private final TokenStore store = TokenStore.inMemory();

    @AfterEach
    void stopEmulator() {
        tiktok.close();
    }

    @Test
    void refreshesAfterTheClockPassesExpiryAndSavesTheRotatedToken() {
        TokenSet original = tiktok.signIn("ava.sparks");
        store.save(original);
        UserSession session = client.session(original.openId(), store);

        tiktok.clock().advance(Duration.ofHours(25));
        UserInfo user = session.userInfo(Set.of(UserField.DISPLAY_NAME));

        assertThat(user.displayName()).isEqualTo("Ava Sparks");
        TokenSet saved = store.find(original.openId()).orElseThrow();
        assertThat(saved.refreshToken()).isNotEqualTo(original.refreshToken());
        assertThat(saved.accessTokenExpiresAt()).isAfter(tiktok.clock().instant());
        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.oauth().refresh(original.refreshToken()))
                .satisfies(e -> assertThat(e.errorCode()).isEqualTo("invalid_grant"));
    }

    @Test
    void keepsWorkingAcrossSeveralRotations() {
        TokenSet original = tiktok.signIn("ava.sparks");
        store.save(original);
        UserSession session = client.session(original.openId(), store);

        for (int day = 0; day < 3; day++) {
            tiktok.clock().advance(Duration.ofHours(24));
            assertThat(session.userInfo(Set.of(UserField.OPEN_ID)).openId()).isEqualTo(original.openId());
        }
    }

    @Test
    void refreshesOnceWhenTikTokRejectsAStoredAccessToken() {
        TokenSet issued = tiktok.signIn("ava.sparks");
        TokenSet withUnknownAccessToken = new TokenSet(
                issued.openId(),
                "act.not-issued-by-tiktok-000000",
                issued.accessTokenExpiresAt(),
                issued.refreshToken(),
                issued.refreshTokenExpiresAt(),
                issued.scopes(),
                issued.tokenType());
        store.save(withUnknownAccessToken);

        UserInfo user = client.session(issued.openId(), store).userInfo(Set.of(UserField.OPEN_ID));

        assertThat(user.openId()).isEqualTo(issued.openId());
        assertThat(store.find(issued.openId()).orElseThrow().refreshToken()).isNotEqualTo(issued.refreshToken());
    }

    @Test
    void reportsAnExpiredRefreshTokenAsInvalidGrant() {
        TokenSet original = tiktok.signIn("ava.sparks");
        store.save(original);

        tiktok.clock().advance(Duration.ofDays(366));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> client.session(original.openId(), store).accessToken())
                .satisfies(e -> assertThat(e.errorCode()).isEqualTo("invalid_grant"));
    }
}
