/**
 * App sessions for native mobile apps: random bearer tokens of which only a SHA-256 is stored, and the filter
 * that authenticates {@code /api/**} requests carrying one.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.auth.session;
