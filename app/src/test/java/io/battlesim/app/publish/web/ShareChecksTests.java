package io.battlesim.app.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.publish.job.MediaKind;
import io.battlesim.app.publish.job.PostChoices;
import io.battlesim.tiktok.client.CreatorInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's own check of TikTok's posting rules, whatever the browser sent. */
class ShareChecksTests {

    private static final CreatorInfo PUBLIC_CREATOR = new CreatorInfo(
            null,
            "ava",
            "Ava",
            List.of("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"),
            true,
            false,
            true,
            180);

    @Test
    void anUnauditedAppOffersOnlyOnlyMe() {
        assertThat(CreatorView.of(PUBLIC_CREATOR, false).privacyOptions())
                .extracting(CreatorView.PrivacyOption::value)
                .containsExactly("SELF_ONLY");
        assertThat(CreatorView.of(PUBLIC_CREATOR, true).privacyOptions()).hasSize(3);
    }

    @Test
    void tellsAPublicFromAPrivateAccountByThePrivacyOptionsTikTokOffers() {
        CreatorInfo privateCreator = new CreatorInfo(
                null,
                "ava",
                "Ava",
                List.of("FOLLOWER_OF_CREATOR", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"),
                false,
                true,
                true,
                600);
        CreatorInfo onlyMe = new CreatorInfo(null, "ava", "Ava", List.of("SELF_ONLY"), false, false, false, 600);

        assertThat(CreatorView.of(PUBLIC_CREATOR, false).publicAccount()).isTrue();
        assertThat(CreatorView.of(privateCreator, false).privateAccount()).isTrue();
        assertThat(CreatorView.of(privateCreator, false).publicAccount()).isFalse();
        assertThat(CreatorView.of(onlyMe, false).visibility()).isEqualTo(CreatorView.AccountVisibility.UNKNOWN);
    }

    @Test
    void refusesPrivacyThatIsNotOffered() {
        CreatorView unaudited = CreatorView.of(PUBLIC_CREATOR, false);

        assertThat(ShareChecks.problems(form("PUBLIC_TO_EVERYONE", false, false), unaudited, MediaKind.VIDEO))
                .containsExactly("That privacy setting is not available for this account. Choose another one.");
    }

    @Test
    void forcesOffWhatTheCreatorDisabled() {
        CreatorView creator = CreatorView.of(PUBLIC_CREATOR, true);
        var everything =
                new ShareForm("key-12345678", "t", "", "PUBLIC_TO_EVERYONE", true, true, true, true, true, false);

        PostChoices choices = ShareChecks.choices(everything, creator, MediaKind.VIDEO);

        assertThat(choices.allowComment()).as("comments off in TikTok").isFalse();
        assertThat(choices.allowDuet()).isTrue();
        assertThat(choices.allowStitch()).as("stitch off in TikTok").isFalse();
        assertThat(choices.yourBrand()).isTrue();
    }

    @Test
    void aPhotoPostNeverSendsDuetOrStitch() {
        CreatorView creator = CreatorView.of(PUBLIC_CREATOR, true);
        var form = new ShareForm("key-12345678", "t", "d", "SELF_ONLY", false, true, true, null, true, true);

        PostChoices choices = ShareChecks.choices(form, creator, MediaKind.PHOTO);

        assertThat(choices.allowDuet()).isFalse();
        assertThat(choices.allowStitch()).isFalse();
        assertThat(choices.brandedContent()).as("disclosure switched off").isFalse();
    }

    @Test
    void enforcesTikToksLengthLimitsPerMedia() {
        CreatorView creator = CreatorView.of(PUBLIC_CREATOR, true);
        var longTitle =
                new ShareForm("key-12345678", "x".repeat(91), "", "SELF_ONLY", null, null, null, null, null, null);

        assertThat(ShareChecks.problems(longTitle, creator, MediaKind.PHOTO))
                .containsExactly("The title may have at most 90 characters.");
        assertThat(ShareChecks.problems(longTitle, creator, MediaKind.VIDEO)).isEmpty();
    }

    private static ShareForm form(String privacy, boolean disclose, boolean branded) {
        return new ShareForm("key-12345678", "t", "", privacy, null, null, null, disclose, null, branded);
    }
}
