package io.battlesim.app.publish.template;

import java.util.Objects;

/**
 * A news article to announce as a post (the breaking-news form).
 *
 * @param headline the headline, untrusted text
 * @param summary a short summary, untrusted text, may be empty
 * @param source the publisher's name, may be empty
 */
public record Article(String headline, String summary, String source) {

    public Article {
        Objects.requireNonNull(headline, "headline must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(source, "source must not be null");
    }
}
