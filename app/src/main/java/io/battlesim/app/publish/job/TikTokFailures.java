package io.battlesim.app.publish.job;

import io.battlesim.tiktok.client.TikTokApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** TikTok's error codes and fail reasons in words a creator understands, with when to try again. */
public final class TikTokFailures {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private TikTokFailures() {}

    /** An error answer to an API call. */
    public static Failure of(TikTokApiException e, Instant now, @Nullable Instant dailyCapFreesAt) {
        if (e.httpStatus() == 429 || "rate_limit_exceeded".equals(e.errorCode())) {
            return rateLimited(now.plus(Duration.ofMinutes(1)));
        }
        return switch (e.errorCode()) {
            case "spam_risk_too_many_posts" ->
                dailyCap(dailyCapFreesAt != null ? dailyCapFreesAt : now.plus(Duration.ofHours(24)));
            case "spam_risk_too_many_pending_share" ->
                new Failure(
                        "You have 5 posts waiting in your TikTok inbox. Post or delete them in the TikTok app, then try"
                                + " again.",
                        null);
            case "spam_risk_user_banned_from_posting" ->
                new Failure("TikTok does not let this account post right now.", null);
            case "reached_active_user_cap" ->
                new Failure(
                        "This app reached TikTok's limit of creators posting per day. Try again after "
                                + at(now.plus(Duration.ofHours(24))) + ".",
                        now.plus(Duration.ofHours(24)));
            case "unaudited_client_can_only_post_to_private_accounts" ->
                new Failure(
                        "TikTok refused the post because your TikTok account is public. This app is not audited by"
                                + " TikTok yet, and TikTok accepts its posts only to private accounts, even posts only"
                                + " you can see. Make your account private in the TikTok app (Settings and privacy →"
                                + " Privacy → Private account), then try again.",
                        null);
            case "privacy_level_option_mismatch" ->
                new Failure(
                        "TikTok no longer offers the chosen privacy for this account. Open the form again and choose"
                                + " once more.",
                        null);
            case "url_ownership_unverified" ->
                new Failure(
                        "TikTok has not verified that this app owns the card's address, so it could not fetch the"
                                + " picture. The operator must verify the app's domain with TikTok.",
                        null);
            case "access_token_invalid" ->
                new Failure("Your TikTok connection expired or was removed. Connect TikTok again, then retry.", null);
            case "scope_not_authorized", "scope_permission_missed" ->
                new Failure(
                        "TikTok did not grant this app permission to post. Connect TikTok again and allow posting.",
                        null);
            default ->
                new Failure(
                        "TikTok refused the post (" + e.errorCode() + ")"
                                + (e.retryable() ? ". Try again in a few minutes." : "."),
                        e.retryable() ? now.plus(Duration.ofMinutes(5)) : null);
        };
    }

    /** Over the per-minute request limit. */
    public static Failure rateLimited(Instant freeAt) {
        return new Failure(
                "TikTok allows only a few post requests per minute. Try again after " + at(freeAt) + ".", freeAt);
    }

    /** Over the daily post cap. */
    public static Failure dailyCap(Instant freeAt) {
        return new Failure(
                "This TikTok account reached its daily post limit. Try again after " + at(freeAt) + ".", freeAt);
    }

    /** A {@code fail_reason} of the status endpoint or a webhook. */
    public static Failure ofFailReason(@Nullable String reason, Instant now) {
        String text = switch (reason == null ? "" : reason) {
            case "file_format_check_failed" -> "TikTok could not read the file. Use an MP4 (H.264) video.";
            case "duration_check_failed" -> "The video is longer than this account may post.";
            case "frame_rate_check_failed" -> "TikTok needs a frame rate between 23 and 60 frames per second.";
            case "picture_size_check_failed" -> "TikTok needs a picture between 360 and 4096 pixels on each side.";
            case "video_pull_failed", "photo_pull_failed" -> "TikTok could not download the media. Try again.";
            case "publish_cancelled" -> "The post was cancelled.";
            case "auth_removed" -> "The TikTok connection was removed. Connect TikTok again.";
            case "spam_risk_too_many_posts" -> "This TikTok account reached its daily post limit. Try again tomorrow.";
            case "spam_risk_user_banned_from_posting" -> "TikTok does not let this account post right now.";
            case "spam_risk_text", "spam_risk" -> "TikTok flagged the post's text. Change the caption and try again.";
            case "internal" -> "TikTok had an internal error. Try again in a few minutes.";
            default -> "TikTok did not publish the post" + (reason == null ? "." : " (" + reason + ").");
        };
        if ("spam_risk_too_many_posts".equals(reason)) {
            return new Failure(text, now.plus(Duration.ofHours(24)));
        }
        return new Failure(text, "internal".equals(reason) ? now.plus(Duration.ofMinutes(5)) : null);
    }

    /** An instant as users read it in messages. */
    public static String at(Instant instant) {
        return TIME.format(instant);
    }
}
