package io.battlesim.app.publish.web;

import org.jspecify.annotations.Nullable;

/**
 * The share form as posted. Checkboxes are absent when unticked (false); nothing has a default that TikTok's rules
 * forbid (privacy in particular has none).
 */
record ShareForm(
        @Nullable String idempotencyKey,
        @Nullable String title,
        @Nullable String description,
        @Nullable String privacyLevel,
        boolean allowComment,
        boolean allowDuet,
        boolean allowStitch,
        boolean disclose,
        boolean yourBrand,
        boolean brandedContent) {

    static ShareForm initial(String idempotencyKey, String title, String description) {
        return new ShareForm(idempotencyKey, title, description, null, false, false, false, false, false, false);
    }

    String titleText() {
        return title == null ? "" : title.strip();
    }

    String descriptionText() {
        return description == null ? "" : description.strip();
    }
}
