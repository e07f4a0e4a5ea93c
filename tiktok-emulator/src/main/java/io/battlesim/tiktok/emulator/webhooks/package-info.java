/**
 * Webhooks (§5 of the facts file): each registered app may have a callback URL; events are signed with the app's
 * client secret ({@code TikTok-Signature: t=…,s=…}, HMAC-SHA256 hex over {@code t + "." + body}) and POSTed off the
 * request thread, retried with exponential backoff until a 2xx, a give-up time or the bounded queue says otherwise.
 */
@NullMarked
package io.battlesim.tiktok.emulator.webhooks;

import org.jspecify.annotations.NullMarked;
