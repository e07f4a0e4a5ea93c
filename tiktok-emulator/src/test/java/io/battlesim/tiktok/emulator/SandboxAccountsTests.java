package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxAccountsTests {

    private final TikTokEmulator emulator = TikTokEmulator.builder().livePace(0).build();

    @Test
    void includeTheDocumentedCreators() {
        assertThat(emulator.accounts())
                .hasSizeGreaterThanOrEqualTo(8)
                .extracting(SandboxAccount::username)
                .contains(
                        "ava.sparks",
                        "leo.beats",
                        "mia.moves",
                        "noah.laughs",
                        "zoe.paints",
                        "kai.games",
                        "luna.sings",
                        "omar.cooks")
                .doesNotHaveDuplicates();
    }

    @Test
    void haveUniqueIds() {
        assertThat(emulator.accounts()).extracting(SandboxAccount::openId).doesNotHaveDuplicates();
        assertThat(emulator.accounts()).extracting(SandboxAccount::unionId).doesNotHaveDuplicates();
    }

    @Test
    void areTheSameForTheSameSeed() {
        List<SandboxAccount> again =
                TikTokEmulator.builder().seed(42).livePace(0).build().accounts();

        assertThat(again).isEqualTo(emulator.accounts());
    }

    @Test
    void differForAnotherSeed() {
        List<SandboxAccount> other =
                TikTokEmulator.builder().seed(43).livePace(0).build().accounts();

        assertThat(other)
                .extracting(SandboxAccount::username)
                .isEqualTo(emulator.accounts().stream()
                        .map(SandboxAccount::username)
                        .toList());
        assertThat(other)
                .extracting(SandboxAccount::openId)
                .doesNotContainAnyElementsOf(
                        emulator.accounts().stream().map(SandboxAccount::openId).toList());
    }

    @Test
    void includeADisplayNameWithHtmlMetacharacters() {
        assertThat(emulator.account("kai.games").orElseThrow().displayName()).isEqualTo("Kai <Games> & \"Co\"");
    }

    @Test
    void mixVerifiedAndUnverifiedCreators() {
        assertThat(emulator.accounts()).extracting(SandboxAccount::verified).contains(true, false);
    }

    @Test
    void areFoundByUsernameHandleOrOpenId() {
        SandboxAccount luna = emulator.account("luna.sings").orElseThrow();

        assertThat(emulator.account("@luna.sings")).contains(luna);
        assertThat(emulator.account("Luna.Sings")).contains(luna);
        assertThat(emulator.account(luna.openId())).contains(luna);
        assertThat(emulator.account("nobody")).isEmpty();
    }

    @Test
    void serveEscapedSvgAvatars() {
        EmulatorResponse avatar =
                emulator.handle(EmulatorRequest.of("GET", "/avatars/kai.games.svg", java.util.Map.of()));

        assertThat(avatar.status()).isEqualTo(200);
        assertThat(avatar.header("content-type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(avatar.bodyText())
                .contains("aria-label=\"Kai &lt;Games&gt; &amp; &quot;Co&quot;\"", ">KG</text>")
                .doesNotContain("<Games>");
    }

    @Test
    void answer404ForAnUnknownAvatar() {
        EmulatorResponse avatar = emulator.handle(EmulatorRequest.of("GET", "/avatars/nobody.svg", java.util.Map.of()));

        assertThat(avatar.status()).isEqualTo(404);
    }
}
