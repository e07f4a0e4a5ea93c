/**
 * Upload benchmark (issue 4): the SDK's streaming chunked upload against {@code curl} sending the same chunks to the
 * same emulator endpoint over loopback, and the SDK's heap as the file grows. The emulator runs in a child JVM so
 * that the measured heap is the SDK's alone.
 */
@NullMarked
package io.battlesim.bench.upload;

import org.jspecify.annotations.NullMarked;
