package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UnreadBodyTests {

    @Test
    void readsWhatIsLeftOfABodyToItsEnd() {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[300_000]);
        body.skip(1_000);

        assertThat(UnreadBody.discard(body, 300_000)).isTrue();
        assertThat(body.available()).isZero();
    }

    @Test
    void givesUpPastTheLimitSoTheConnectionCloses() {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[300_000]);

        assertThat(UnreadBody.discard(body, 100_000)).isFalse();
        assertThat(body.available()).isPositive();
    }

    @Test
    void saysTheConnectionClosesWhenTheBodyBrokeOff() {
        InputStream brokenOff = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Premature EOF");
            }
        };

        assertThat(UnreadBody.discard(brokenOff, 100_000)).isFalse();
    }
}
