package io.battlesim.app.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTests {

    private static final String TOKEN = "act.1a2b3c4d5e6f7g8h9i0jKLMNOPQRSTUVWXYZ!abcdefghijklmnopqrstuvwxyz";
    private static final String OWNER = "tiktok_token/7/open-id-7/access";

    private final TokenCipher cipher = new TokenCipher(randomKey());

    @Test
    void opensWhatItSealed() {
        String sealed = cipher.seal(TOKEN, OWNER);

        assertThat(cipher.open(sealed, OWNER)).isEqualTo(TOKEN);
    }

    @Test
    void sealsUnicodeText() {
        String text = "rft.ünïcødé-✓";

        assertThat(cipher.open(cipher.seal(text, OWNER), OWNER)).isEqualTo(text);
    }

    @Test
    void neverShowsThePlaintextInTheSealedValue() {
        String sealed = cipher.seal(TOKEN, OWNER);

        assertThat(sealed).doesNotContain(TOKEN).doesNotContain("act.");
        assertThat(new String(Base64.getDecoder().decode(sealed), StandardCharsets.ISO_8859_1))
                .doesNotContain(TOKEN);
    }

    @Test
    void usesAFreshNonceForEveryValue() {
        String first = cipher.seal(TOKEN, OWNER);
        String second = cipher.seal(TOKEN, OWNER);

        assertThat(first).isNotEqualTo(second);
        assertThat(nonceOf(first)).isNotEqualTo(nonceOf(second));
    }

    @Test
    void writesVersionNonceAndCiphertextWithTag() {
        byte[] raw = Base64.getDecoder().decode(cipher.seal(TOKEN, OWNER));

        assertThat(raw[0]).isEqualTo((byte) 1);
        assertThat(raw).hasSize(1 + 12 + TOKEN.length() + 16);
    }

    @Test
    void refusesATamperedCiphertext() {
        byte[] raw = Base64.getDecoder().decode(cipher.seal(TOKEN, OWNER));
        raw[raw.length - 20] ^= 0x01;
        String tampered = Base64.getEncoder().encodeToString(raw);

        assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.open(tampered, OWNER));
    }

    @Test
    void refusesATamperedNonce() {
        byte[] raw = Base64.getDecoder().decode(cipher.seal(TOKEN, OWNER));
        raw[3] ^= 0x40;
        String tampered = Base64.getEncoder().encodeToString(raw);

        assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.open(tampered, OWNER));
    }

    @Test
    void refusesOtherAssociatedData() {
        String sealed = cipher.seal(TOKEN, OWNER);

        assertThatExceptionOfType(TokenDecryptionException.class)
                .isThrownBy(() -> cipher.open(sealed, "tiktok_token/8/open-id-8/access"));
        assertThatExceptionOfType(TokenDecryptionException.class)
                .isThrownBy(() -> cipher.open(sealed, "tiktok_token/7/open-id-7/refresh"));
    }

    @Test
    void refusesAValueSealedWithAnotherKey() {
        String sealed = new TokenCipher(randomKey()).seal(TOKEN, OWNER);

        assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.open(sealed, OWNER));
    }

    @Test
    void refusesGarbageAndUnknownFormats() {
        byte[] raw = Base64.getDecoder().decode(cipher.seal(TOKEN, OWNER));
        raw[0] = 2;

        assertThatExceptionOfType(TokenDecryptionException.class)
                .isThrownBy(() -> cipher.open(Base64.getEncoder().encodeToString(raw), OWNER));
        assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.open("not base64!", OWNER));
        assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> cipher.open("AQID", OWNER));
    }

    @Test
    void rejectsKeysThatAreNot256Bits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenCipher(new byte[16]));
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenCipher(new byte[33]));
    }

    @Test
    void hidesTheKeyInToString() {
        byte[] key = randomKey();

        assertThat(new TokenCipher(key).toString())
                .doesNotContain(Base64.getEncoder().encodeToString(key))
                .contains("hidden");
    }

    private static byte[] nonceOf(String sealed) {
        byte[] raw = Base64.getDecoder().decode(sealed);
        byte[] nonce = new byte[12];
        System.arraycopy(raw, 1, nonce, 0, 12);
        return nonce;
    }

    static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
