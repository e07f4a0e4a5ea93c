/**
 * The Display API: {@code GET /v2/user/info/}, the sandbox user behind an access token limited to the requested
 * fields and checked field by field against the granted scopes, and {@code POST /v2/video/list/} and {@code POST
 * /v2/video/query/}, the user's videos from the video catalogue with counts at the request's instant, all inside
 * TikTok's v2 envelope.
 */
@NullMarked
package io.battlesim.tiktok.emulator.display;

import org.jspecify.annotations.NullMarked;
