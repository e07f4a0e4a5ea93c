package io.battlesim.tiktok.emulator.display;

import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.oauth.IssuedToken;

/**
 * The authenticated caller of a video endpoint.
 *
 * @param token the user access token, granted {@code video.list}
 * @param account the creator whose videos it reads
 */
record VideoCaller(IssuedToken token, SandboxAccount account) {}
