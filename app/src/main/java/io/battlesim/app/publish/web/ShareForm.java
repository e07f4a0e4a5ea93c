package io.battlesim.app.publish.web;

import io.battlesim.app.publish.job.PostChoices;
import org.jspecify.annotations.Nullable;

/**
 * The share form as posted. Checkboxes are absent (null) when unticked; nothing has a default that TikTok's rules
 * forbid (privacy in particular has none).
 */
record ShareForm(
        @Nullable String idempotencyKey,
        @Nullable String title,
        @Nullable String description,
        @Nullable String privacyLevel,
        @Nullable Boolean allowComment,
        @Nullable Boolean allowDuet,
        @Nullable Boolean allowStitch,
        @Nullable Boolean disclose,
        @Nullable Boolean yourBrand,
        @Nullable Boolean brandedContent) {

    static ShareForm initial(String idempotencyKey, String title, String description) {
        return new ShareForm(idempotencyKey, title, description, null, false, false, false, false, false, false);
    }

    /** The form that made these choices (a retry checks them again like a new submission). */
    static ShareForm of(PostChoices choices, String idempotencyKey) {
        return new ShareForm(
                idempotencyKey,
                choices.title(),
                choices.description(),
                choices.privacyLevel(),
                choices.allowComment(),
                choices.allowDuet(),
                choices.allowStitch(),
                choices.yourBrand() || choices.brandedContent(),
                choices.yourBrand(),
                choices.brandedContent());
    }

    public boolean comment() {
        return Boolean.TRUE.equals(allowComment);
    }

    public boolean duet() {
        return Boolean.TRUE.equals(allowDuet);
    }

    public boolean stitch() {
        return Boolean.TRUE.equals(allowStitch);
    }

    public boolean disclosing() {
        return Boolean.TRUE.equals(disclose);
    }

    public boolean ownBrand() {
        return Boolean.TRUE.equals(yourBrand);
    }

    public boolean branded() {
        return Boolean.TRUE.equals(brandedContent);
    }

    public String titleText() {
        return title == null ? "" : title.strip();
    }

    public String descriptionText() {
        return description == null ? "" : description.strip();
    }
}
