/**
 * The sandbox creator accounts ("target users" in TikTok's sandbox terms), generated deterministically from the
 * emulator seed, and their SVG avatars served at {@code /avatars/{username}.svg}.
 */
@NullMarked
package io.battlesim.tiktok.emulator.accounts;

import org.jspecify.annotations.NullMarked;
