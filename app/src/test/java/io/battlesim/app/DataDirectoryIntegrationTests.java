package io.battlesim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The data folder of the embedded default (H2 file database, generated keys) is readable by its owner only. */
class DataDirectoryIntegrationTests {

    @TempDir
    Path parent;

    @Test
    void makesTheDatabaseFilesKeysAndFolderOwnerOnly() throws Exception { // GH-10
        Path dataDir = Files.createDirectory(parent.resolve("data"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path leftover = Files.writeString(dataDir.resolve("notes.txt"), "from an older version");
        Files.setPosixFilePermissions(leftover, PosixFilePermissions.fromString("rw-r--r--"));

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BattleSimulatorApplication.class)
                .run(
                        "--server.port=0",
                        "--app.data-dir=" + dataDir,
                        "--app.live.demo-battle=false",
                        "--app.public-url=http://localhost:5000")) {
            assertThat(permissions(dataDir)).isEqualTo("rwx------");
            List<Path> files;
            try (Stream<Path> all = Files.walk(dataDir)) {
                files = all.filter(Files::isRegularFile).toList();
            }
            assertThat(files)
                    .extracting(file -> file.getFileName().toString())
                    .contains("battlesim.mv.db", "token-encryption.key", "notes.txt");
            assertThat(files)
                    .allSatisfy(file ->
                            assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
        }
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
