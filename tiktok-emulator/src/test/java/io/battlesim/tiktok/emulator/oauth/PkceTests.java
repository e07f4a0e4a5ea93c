package io.battlesim.tiktok.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.PkceMode;
import org.junit.jupiter.api.Test;

class PkceTests {

    private static final String VERIFIER = "gaeCq5mVvbhA8Ce6w5O9XBVIKMkySgv-_9A-rnhm9Ns";
    private static final String HEX = "e6a178b120743d08509508f269652b0bdf91e29332921bc9e9744fd3dd41bfef";
    private static final String BASE64URL = "5qF4sSB0PQhQlQjyaWUrC9-R4pMykhvJ6XRP091Bv-8";

    @Test
    void computesTikToksTestVectorInHex() {
        assertThat(Pkce.hexChallenge(VERIFIER)).isEqualTo(HEX);
    }

    @Test
    void computesTheRfc7636ChallengeForTheSameVerifier() {
        assertThat(Pkce.base64urlChallenge(VERIFIER)).isEqualTo(BASE64URL);
    }

    @Test
    void verifiesEachEncodingOnlyInItsMode() {
        assertThat(Pkce.verifies(VERIFIER, HEX, PkceMode.HEX)).isTrue();
        assertThat(Pkce.verifies(VERIFIER, BASE64URL, PkceMode.HEX)).isFalse();
        assertThat(Pkce.verifies(VERIFIER, BASE64URL, PkceMode.BASE64URL)).isTrue();
        assertThat(Pkce.verifies(VERIFIER, HEX, PkceMode.BASE64URL)).isFalse();
        assertThat(Pkce.verifies(VERIFIER, HEX, PkceMode.LENIENT)).isTrue();
        assertThat(Pkce.verifies(VERIFIER, BASE64URL, PkceMode.LENIENT)).isTrue();
    }

    @Test
    void refusesUppercaseHexChallenges() {
        assertThat(Pkce.wellFormedChallenge(HEX.toUpperCase(), PkceMode.HEX)).isFalse();
        assertThat(Pkce.wellFormedChallenge(HEX, PkceMode.HEX)).isTrue();
    }

    @Test
    void checksChallengeShapesPerMode() {
        assertThat(Pkce.wellFormedChallenge(BASE64URL, PkceMode.HEX)).isFalse();
        assertThat(Pkce.wellFormedChallenge(BASE64URL, PkceMode.BASE64URL)).isTrue();
        assertThat(Pkce.wellFormedChallenge(HEX, PkceMode.BASE64URL)).isFalse();
        assertThat(Pkce.wellFormedChallenge(BASE64URL + "=", PkceMode.LENIENT)).isFalse();
    }

    @Test
    void refusesVerifiersOutsideTheAllowedLengthOrAlphabet() {
        String tooLong = "a".repeat(129);
        String badCharacter = VERIFIER.replace('-', '+');

        assertThat(Pkce.verifies(tooLong, Pkce.hexChallenge(tooLong), PkceMode.HEX))
                .isFalse();
        assertThat(Pkce.verifies(badCharacter, Pkce.hexChallenge(badCharacter), PkceMode.HEX))
                .isFalse();
        assertThat(Pkce.verifies("a".repeat(128), Pkce.hexChallenge("a".repeat(128)), PkceMode.HEX))
                .isTrue();
        assertThat(Pkce.verifies(null, HEX, PkceMode.HEX)).isFalse();
    }
}
