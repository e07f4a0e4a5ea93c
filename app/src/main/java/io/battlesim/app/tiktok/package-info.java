/**
 * The connection to TikTok: the {@code app.tiktok} settings, the SDK's {@code TikTokClient} bean and, when no
 * client key is configured, the built-in TikTok emulator mounted at {@code /emulator} with the app registered
 * as its sandbox client. Other modules use the {@code TikTokClient} bean, {@link
 * io.battlesim.app.tiktok.TikTokSettings} and {@link io.battlesim.app.tiktok.TikTokConnection}.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.tiktok;
