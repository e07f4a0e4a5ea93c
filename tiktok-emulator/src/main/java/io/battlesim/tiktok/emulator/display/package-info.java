/**
 * The Display API's {@code GET /v2/user/info/}: the sandbox user behind an access token, limited to the requested
 * fields and checked field by field against the granted scopes, inside TikTok's v2 envelope.
 */
@NullMarked
package io.battlesim.tiktok.emulator.display;

import org.jspecify.annotations.NullMarked;
