/** Computing a battle's analytics from its replayed changes: plain Java, no Spring, no I/O. Internal. */
@NullMarked
package io.battlesim.app.analytics.compute;

import org.jspecify.annotations.NullMarked;
