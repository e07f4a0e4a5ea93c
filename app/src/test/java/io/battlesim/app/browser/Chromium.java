package io.battlesim.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Debian's Chromium, driven by Playwright as every browser test drives it: no browser download, headless, no sandbox
 * (CI runs as root), no GPU and no background traffic. Also the app settings every browser test starts with.
 */
final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get("/usr/bin/chromium"))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /**
     * The app on {@code port} at {@code base}, with a fresh data folder and its own in-memory H2 database.
     *
     * @param name names the data folder and the database
     * @return the data folder
     */
    static Path serve(DynamicPropertyRegistry registry, String name, int port, String base) throws IOException {
        Path dataDir = Files.createTempDirectory("battlesim-" + name + "-");
        dataDir.toFile().deleteOnExit();
        registry.add("server.port", () -> port);
        registry.add("app.public-url", () -> base);
        registry.add("app.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return dataDir;
    }

    /** A full-page screenshot into {@link #screenshots()}. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(screenshots().resolve(name))
                .setFullPage(true));
    }

    /** {@code screenshots/} next to test-classes, which follows {@code -Dbuild.dir.name}. */
    static Path screenshots() {
        try {
            Path testClasses = Path.of(Chromium.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path parent = testClasses.getParent();
            return (parent != null ? parent : testClasses).resolve("screenshots");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The test classes' location is not a path", e);
        }
    }
}
