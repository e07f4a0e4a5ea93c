package io.battlesim.app.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class TokenEncryptionKeysTests {

    @TempDir
    Path temp;

    @Nested
    class WithoutConfiguredKey {

        @Test
        void generatesAKeyFileReadableByItsOwnerOnly() throws IOException {
            assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
            Path dataDir = temp.resolve("data");

            byte[] key = TokenEncryptionKeys.resolve(null, dataDir);

            Path file = dataDir.resolve("token-encryption.key");
            assertThat(key).hasSize(32);
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(Base64.getDecoder().decode(Files.readString(file).strip()))
                    .isEqualTo(key);
        }

        @Test
        void createsMissingDataDirectories() {
            Path dataDir = temp.resolve("a/b/c");

            TokenEncryptionKeys.resolve("  ", dataDir);

            assertThat(dataDir.resolve("token-encryption.key")).isRegularFile();
        }

        @Test
        void reusesTheGeneratedKeyOnTheNextStart() {
            byte[] first = TokenEncryptionKeys.resolve(null, temp);
            byte[] second = TokenEncryptionKeys.resolve(null, temp);

            assertThat(second).isEqualTo(first);
        }

        @Test
        void refusesAKeyFileOfTheWrongLength() throws IOException {
            Files.writeString(
                    temp.resolve("token-encryption.key"), Base64.getEncoder().encodeToString(new byte[31]));

            assertThatExceptionOfType(InvalidTokenKeyException.class)
                    .isThrownBy(() -> TokenEncryptionKeys.resolve(null, temp))
                    .withMessageContaining("token-encryption.key")
                    .withMessageContaining("31 bytes");
        }
    }

    @Nested
    class WithConfiguredKey {

        @Test
        void usesTheConfiguredKeyAndWritesNoFile() {
            byte[] configured = TokenCipherTests.randomKey();

            byte[] key = TokenEncryptionKeys.resolve(Base64.getEncoder().encodeToString(configured), temp);

            assertThat(key).isEqualTo(configured);
            assertThat(temp.resolve("token-encryption.key")).doesNotExist();
        }

        @Test
        void acceptsBase64UrlToo() {
            byte[] configured = TokenCipherTests.randomKey();
            configured[0] = (byte) 0xfb;

            byte[] key = TokenEncryptionKeys.resolve(Base64.getUrlEncoder().encodeToString(configured), temp);

            assertThat(key).isEqualTo(configured);
        }

        @Test
        void refusesAKeyOfTheWrongLengthWithAClearMessageThatHidesTheValue() {
            String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

            assertThatExceptionOfType(InvalidTokenKeyException.class)
                    .isThrownBy(() -> TokenEncryptionKeys.resolve(tooShort, temp))
                    .withMessageContaining("app.security.token-encryption-key")
                    .withMessageContaining("16 bytes")
                    .withMessageNotContaining(tooShort)
                    .satisfies(e -> assertThat(e.action()).contains("TOKEN_ENCRYPTION_KEY"));
        }

        @Test
        void refusesAValueThatIsNotBase64() {
            assertThatExceptionOfType(InvalidTokenKeyException.class)
                    .isThrownBy(() -> TokenEncryptionKeys.resolve("not*base64*at*all", temp))
                    .withMessageContaining("not valid base64");
        }

        @Test
        void reportsTheProblemAsAStartUpFailureAnalysis() {
            var problem = new InvalidTokenKeyException("The key is wrong.", "Fix the key.", null);

            FailureAnalysis analysis =
                    new InvalidTokenKeyFailureAnalyzer().analyze(new IllegalStateException("wrapper", problem));

            assertThat(analysis.getDescription()).isEqualTo("The key is wrong.");
            assertThat(analysis.getAction()).isEqualTo("Fix the key.");
        }
    }
}
