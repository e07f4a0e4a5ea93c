/**
 * The token vault: TikTok access and refresh tokens encrypted at rest with AES-256-GCM (the key configured or
 * generated on first run, readable by its owner only), bound to their owner so rows cannot be swapped,
 * refreshed before they expire and exposed to the SDK as its {@code TokenStore}.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.auth.token;
