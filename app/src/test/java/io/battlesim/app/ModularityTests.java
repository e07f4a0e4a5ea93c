package io.battlesim.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the application module boundaries and writes the module documentation into the build directory. */
class ModularityTests {

    /**
     * Production code only. ArchUnit's own {@code DoNotIncludeTests} looks for {@code target/test-classes}, which
     * misses builds with another directory name ({@code -Dbuild.dir.name}).
     */
    private static final ImportOption PRODUCTION_CODE_ONLY = location -> !location.contains("/test-classes/");

    private final ApplicationModules modules =
            ApplicationModules.of(BattleSimulatorApplication.class, PRODUCTION_CODE_ONLY);

    @Test
    void respectsModuleBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws URISyntaxException {
        Path output = buildDirectory().resolve("spring-modulith-docs");

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString())).writeDocumentation();

        assertThat(output.resolve("components.puml")).exists();
        assertThat(modules.getModuleByName("site")).isPresent();
    }

    /** The directory above test-classes, which follows {@code -Dbuild.dir.name} ({@code target} by default). */
    private static Path buildDirectory() throws URISyntaxException {
        Path testClasses = Path.of(ModularityTests.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path parent = testClasses.getParent();
        return parent != null && Files.isDirectory(parent) ? parent : testClasses;
    }
}
