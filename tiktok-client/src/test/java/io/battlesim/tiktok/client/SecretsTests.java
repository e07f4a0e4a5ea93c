package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsTests {

    @Test
    void masksLongSecretsToTheirFirstEightCharacters() {
        assertThat(Secrets.mask("act.9f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c")).isEqualTo("act.9f3a…");
    }

    @Test
    void masksShortSecretsToAQuarterOfTheirLength() {
        assertThat(Secrets.mask("abcdefgh")).isEqualTo("ab…");
        assertThat(Secrets.mask("abc")).isEqualTo("…");
    }

    @Test
    void redactsGivenSecretsAndTokenShapedWords() {
        String text = "secret s3cr3t-value and token act.ABCDEFGHIJKLMNOP and rft.QRSTUVWXYZ012345";

        String redacted = Secrets.redact(text, List.of("s3cr3t-value"));

        assertThat(redacted)
                .doesNotContain("s3cr3t-value")
                .doesNotContain("ABCDEFGHIJKLMNOP")
                .doesNotContain("QRSTUVWXYZ012345")
                .contains("act.A…");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(Secrets.redact("The access token is invalid.", List.of("s3cr3t-value")))
                .isEqualTo("The access token is invalid.");
    }
}
