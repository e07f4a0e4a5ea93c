/**
 * The emulator's status page at {@code GET /}: registered apps (never their secrets), sandbox accounts, recently
 * issued tokens (masked), rate limits and fault settings.
 */
@NullMarked
package io.battlesim.tiktok.emulator.status;

import org.jspecify.annotations.NullMarked;
