package io.battlesim.tiktok.emulator.oauth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Login Kit scopes the emulator knows, with the meaning the consent page shows for each. */
public final class Scopes {

    /** Avatar and display name; mandatory on the consent page. */
    public static final String USER_INFO_BASIC = "user.info.basic";

    private static final Map<String, Scope> KNOWN = catalogue(
            new Scope(USER_INFO_BASIC, "Access your profile info", "Your avatar and display name"),
            new Scope(
                    "user.info.profile",
                    "Read your profile details",
                    "Your bio, profile link, verified badge and username"),
            new Scope("user.info.stats", "Read your stats", "Your follower, following, like and video counts"),
            new Scope("video.list", "Read your public videos", "Your public videos and their details"),
            new Scope(
                    "video.upload",
                    "Upload content as drafts",
                    "Send videos and photos to your TikTok inbox to edit and post"),
            new Scope(
                    "video.publish",
                    "Post content to your profile",
                    "Publish videos and photos directly to your TikTok profile"));

    private Scopes() {}

    /**
     * One scope and its human meaning.
     *
     * @param name the scope name, e.g. {@code user.info.stats}
     * @param title what the user grants, in a few words
     * @param detail what that covers
     */
    public record Scope(String name, String title, String detail) {}

    /**
     * Checks that TikTok's Login Kit knows a scope.
     *
     * @param scope the scope name
     * @throws IllegalArgumentException when it is unknown
     */
    public static void requireKnown(String scope) {
        if (!KNOWN.containsKey(scope)) {
            throw new IllegalArgumentException("unknown scope " + scope + "; known scopes are " + KNOWN.keySet());
        }
    }

    /**
     * Describes a scope.
     *
     * @param scope the scope name
     * @return the description, or empty when unknown
     */
    public static Optional<Scope> describe(String scope) {
        return Optional.ofNullable(KNOWN.get(scope));
    }

    /**
     * Splits a comma-separated scope list, trimming blanks around commas and dropping empties and duplicates.
     *
     * @param commaSeparated e.g. {@code user.info.basic,video.list}
     * @return the scopes in order, never null
     */
    public static List<String> parse(String commaSeparated) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : commaSeparated.split(",")) {
            if (!scope.isBlank()) {
                scopes.add(scope.strip());
            }
        }
        return new ArrayList<>(scopes);
    }

    /**
     * Joins scopes with commas, as TikTok's {@code scope} and {@code scopes} fields do.
     *
     * @param scopes the scopes
     * @return e.g. {@code user.info.basic,video.list}, never null
     */
    public static String join(Collection<String> scopes) {
        return String.join(",", scopes);
    }

    private static Map<String, Scope> catalogue(Scope... scopes) {
        Map<String, Scope> catalogue = new LinkedHashMap<>();
        for (Scope scope : scopes) {
            catalogue.put(scope.name(), scope);
        }
        return Map.copyOf(catalogue);
    }
}
