/**
 * Accounts: completing a TikTok sign-in, the first-sign-in consent (age 13+ and the privacy notice, nothing
 * stored without it), the {@code app_user} table, disconnecting TikTok and deleting all of a user's data.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.auth.account;
