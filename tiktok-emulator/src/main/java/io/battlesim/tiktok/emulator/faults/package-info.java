/**
 * Fault mode: added latency, HTTP 500s, forced 429s and dropped connections on the API and OAuth routes, drawn from
 * a seeded random generator and switchable at runtime over {@code GET|POST /faults}.
 */
@NullMarked
package io.battlesim.tiktok.emulator.faults;

import org.jspecify.annotations.NullMarked;
