package io.battlesim.bench.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SettingsTests {

    @Test
    void defaultsToTheIssuesLoad() {
        Settings settings = Settings.parse();

        assertThat(settings.clients()).isEqualTo(2000);
        assertThat(settings.overlayClients()).isEqualTo(1000);
        assertThat(settings.pageClients()).isEqualTo(1000);
        assertThat(settings.webRate()).isEqualTo(700);
        assertThat(settings.chatRate()).isEqualTo(300);
        assertThat(settings.probeEvery()).isEqualTo(35);
        assertThat(settings.viewers()).isEqualTo(3000);
    }

    @Test
    void hasEnoughViewersThatNoneVotesTwiceInTwoWindows() {
        Settings settings = Settings.parse("--rate=5_000", "--web-share=80%", "--window=2");

        assertThat(settings.webRate()).isEqualTo(4000);
        assertThat(settings.viewers()).isEqualTo(16_000);
        assertThat(settings.chatUsers()).isEqualTo(4000);
    }

    @Test
    void rejectsUnknownOptionsAndShares() {
        assertThatIllegalArgumentException().isThrownBy(() -> Settings.parse("--client=10"));
        assertThatIllegalArgumentException().isThrownBy(() -> Settings.parse("--web-share=1.5"));
        assertThatIllegalArgumentException().isThrownBy(() -> Settings.parse("--phase=load"));
    }
}
