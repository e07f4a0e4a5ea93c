/**
 * The client side of the Live API of our design: where it is ({@link io.battlesim.app.live.api.LiveEndpoint}), the
 * room lookup over HTTP, the access tokens used (the battle owner's, or in emulator mode a sandbox account's
 * obtained through the normal OAuth code flow) and the parsing of event stream frames into engine events.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.live.api;
