package io.battlesim.app.publish.web;

import io.battlesim.app.publish.job.MediaKind;
import io.battlesim.app.publish.job.PostChoices;
import io.battlesim.app.publish.template.PostTemplates;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's own check of a share form against a fresh creator_info: TikTok's UX rules are enforced here too,
 * not only in the browser (a privacy level that is offered and chosen, branded content never private, a choice of
 * "Your brand" or "Branded content" once disclosure is on, TikTok's length limits).
 */
final class ShareChecks {

    private ShareChecks() {}

    /** Problems with the form, in words for the user; empty when it may be posted. */
    static List<String> problems(ShareForm form, CreatorView creator, MediaKind kind) {
        List<String> problems = new ArrayList<>();
        String privacy = form.privacyLevel();
        if (privacy == null || privacy.isBlank()) {
            problems.add("Choose who can see this post.");
        } else if (!creator.offers(privacy)) {
            problems.add("That privacy setting is not available for this account. Choose another one.");
        }
        if (form.disclosing() && !form.ownBrand() && !form.branded()) {
            problems.add("You need to indicate if your content promotes yourself, a third party, or both.");
        }
        if (form.disclosing() && form.branded() && CreatorView.SELF_ONLY.equals(privacy)) {
            problems.add("Branded content visibility cannot be set to private.");
        }
        int titleMax = kind == MediaKind.PHOTO ? PostTemplates.PHOTO_TITLE_MAX : PostTemplates.VIDEO_CAPTION_MAX;
        if (form.titleText().length() > titleMax) {
            problems.add("The " + (kind == MediaKind.PHOTO ? "title" : "caption") + " may have at most " + titleMax
                    + " characters.");
        }
        if (kind == MediaKind.PHOTO && form.descriptionText().length() > PostTemplates.PHOTO_DESCRIPTION_MAX) {
            problems.add("The description may have at most " + PostTemplates.PHOTO_DESCRIPTION_MAX + " characters.");
        }
        if (form.idempotencyKey() == null || !form.idempotencyKey().matches("[A-Za-z0-9-]{8,64}")) {
            problems.add("The form expired. Reload the page and try again.");
        }
        return problems;
    }

    /** What TikTok gets: toggles the creator disabled are forced off, disclosure only when switched on. */
    static PostChoices choices(ShareForm form, CreatorView creator, MediaKind kind) {
        boolean video = kind == MediaKind.VIDEO;
        return new PostChoices(
                form.titleText(),
                video ? "" : form.descriptionText(),
                String.valueOf(form.privacyLevel()),
                form.comment() && !creator.commentDisabled(),
                video && form.duet() && !creator.duetDisabled(),
                video && form.stitch() && !creator.stitchDisabled(),
                form.disclosing() && form.ownBrand(),
                form.disclosing() && form.branded());
    }
}
