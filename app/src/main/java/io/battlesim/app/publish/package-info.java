/**
 * Publishing to TikTok through the Content Posting API: a finished battle's result card as a photo post (pulled by
 * TikTok from {@code /cards/{token}.jpg}) or an uploaded video as a video post (chunked FILE_UPLOAD), from a form
 * that follows TikTok's Direct Post UX rules; post templates; stored publish jobs that resume after a restart and
 * never post twice; per-creator quotas; and the signed TikTok webhooks at {@code /webhooks/tiktok}. Nothing
 * depends on this module.
 */
@ApplicationModule(allowedDependencies = {"auth", "battle", "tiktok", "insights"})
@NullMarked
package io.battlesim.app.publish;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
