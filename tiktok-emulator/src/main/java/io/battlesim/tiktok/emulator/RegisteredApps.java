package io.battlesim.tiktok.emulator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The developer apps the emulator knows, keyed by client key; thread-safe. */
public final class RegisteredApps {

    private final Map<String, RegisteredApp> byClientKey = new ConcurrentHashMap<>();

    RegisteredApps() {}

    /**
     * Registers an app, replacing any earlier registration with the same client key.
     *
     * @param app the app, must not be null
     * @return the registered app, never null
     */
    public RegisteredApp register(RegisteredApp app) {
        Objects.requireNonNull(app, "app must not be null");
        byClientKey.put(app.clientKey(), app);
        return app;
    }

    /**
     * Finds an app by its client key.
     *
     * @param clientKey the client key, must not be null
     * @return the app, or empty when none is registered under that key
     */
    public Optional<RegisteredApp> find(String clientKey) {
        Objects.requireNonNull(clientKey, "clientKey must not be null");
        return Optional.ofNullable(byClientKey.get(clientKey));
    }

    /**
     * All registered apps.
     *
     * @return the apps ordered by name, never null
     */
    public List<RegisteredApp> all() {
        return byClientKey.values().stream()
                .sorted(Comparator.comparing(RegisteredApp::name).thenComparing(RegisteredApp::clientKey))
                .toList();
    }
}
