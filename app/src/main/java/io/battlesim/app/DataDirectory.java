package io.battlesim.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code app.data-dir} (the embedded H2 database, generated keys, videos waiting to be posted) to the user the
 * app runs as: the folder and its sub-folders 0700, its files 0600. The folder is made owner-only before any bean
 * (the database, the key files) touches it, so nothing created in it later is reachable by other users whatever the
 * umask; the files H2 created with the umask during start-up are narrowed once the application has started.
 */
@Component
class DataDirectory
        implements BeanFactoryPostProcessor, EnvironmentAware, ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private @Nullable Path directory;

    @Override
    public void setEnvironment(Environment environment) {
        String configured = environment.getProperty("app.data-dir", "./data");
        this.directory = Path.of(configured).toAbsolutePath().normalize();
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (directory != null) {
            restrict(directory);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (directory != null) {
            restrict(directory);
        }
    }

    /** Creates {@code root} if needed and makes it and everything in it owner-only (no-op off POSIX). */
    static void restrict(Path root) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: the folder's ACL, inherited from the user's profile, applies
        }
        try {
            Files.createDirectories(root);
            try (Stream<Path> paths = Files.walk(root)) {
                paths.forEach(DataDirectory::restrictOne);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not make {} readable by its owner only: {}", root, e.getMessage());
        }
    }

    private static void restrictOne(Path path) {
        try {
            if (Files.isSymbolicLink(path)) {
                return; // never follow a link out of the folder
            }
            boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> wanted = directory ? OWNER_DIRECTORY : OWNER_FILE;
            if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
