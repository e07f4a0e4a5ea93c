package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PkceTests {

    // Test vector from TikTok's own Android SDK unit test (PKCEUtilsTest.kt), see tiktok-api-facts.md §1.4.
    private static final String VERIFIER = "gaeCq5mVvbhA8Ce6w5O9XBVIKMkySgv-_9A-rnhm9Ns";

    @Test
    void hexChallengeMatchesTikToksTestVector() {
        Pkce pkce = Pkce.of(VERIFIER, PkceEncoding.HEX);

        assertThat(pkce.challenge()).isEqualTo("e6a178b120743d08509508f269652b0bdf91e29332921bc9e9744fd3dd41bfef");
    }

    @Test
    void base64UrlChallengeFollowsRfc7636() {
        Pkce pkce = Pkce.of(VERIFIER, PkceEncoding.BASE64URL);

        assertThat(pkce.challenge()).isEqualTo("5qF4sSB0PQhQlQjyaWUrC9-R4pMykhvJ6XRP091Bv-8");
    }

    @Test
    void generatesSixtyFourCharacterVerifiersFromTheAllowedAlphabet() {
        Pkce pkce = Pkce.generate(PkceEncoding.HEX);

        assertThat(pkce.verifier()).hasSize(64).matches("[A-Za-z0-9\\-._~]+");
        assertThat(pkce.challenge())
                .isEqualTo(Pkce.of(pkce.verifier(), PkceEncoding.HEX).challenge());
        assertThat(pkce.method()).isEqualTo("S256");
    }

    @Test
    void generatesAFreshVerifierEachTime() {
        Set<String> verifiers = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            verifiers.add(Pkce.generate(PkceEncoding.BASE64URL).verifier());
        }

        assertThat(verifiers).hasSize(50);
    }

    @Test
    void rejectsVerifiersThatAreTooShortOrUseOtherCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pkce.of("tooShort", PkceEncoding.HEX));
        assertThatIllegalArgumentException().isThrownBy(() -> Pkce.of(VERIFIER.replace('-', '+'), PkceEncoding.HEX));
        assertThatIllegalArgumentException().isThrownBy(() -> Pkce.of("a".repeat(129), PkceEncoding.HEX));
    }

    @Test
    void rejectsAChallengeThatDoesNotBelongToTheVerifier() {
        String base64 = Pkce.of(VERIFIER, PkceEncoding.BASE64URL).challenge();

        assertThatIllegalArgumentException().isThrownBy(() -> new Pkce(VERIFIER, base64, PkceEncoding.HEX));
    }

    @Test
    void toStringMasksTheVerifier() {
        Pkce pkce = Pkce.of(VERIFIER, PkceEncoding.HEX);

        assertThat(pkce.toString()).doesNotContain(VERIFIER).contains("gaeCq5mV…");
    }
}
